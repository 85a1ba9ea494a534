/**
 * Quoted words found and replaced in the running text of a unit, across the pieces a paragraph is
 * made of: text runs and live references. "frasa "sebagaimana dimaksud pada ayat (1)" diganti
 * dengan frasa "sebagaimana dimaksud pada ayat (2)"" spans a text run and the reference "ayat
 * (1)"; read as the paragraph prints, the words are there. A reference inside the words goes with
 * them (the new words are plain text, linked again with the Pasal they are in); words that would
 * cut a reference in two ("dimaksud pada ayat") are not counted as found.
 */
import type { NodeJson } from '../model/doc-json';

/** One inline piece of a paragraph and where its printed text lies in the paragraph's text. */
interface Piece {
  node: NodeJson;
  start: number;
  end: number;
}

/** A paragraph as printed: its text, and the pieces it is made of. */
interface Printed {
  text: string;
  pieces: Piece[];
}

/** A match of the phrase: where it lies, and the text that takes its place. */
interface Hit {
  start: number;
  end: number;
  replacement: string;
}

/** The printed text of an inline node: a text run's text, a reference's text, a line break as one. */
function printedOf(n: NodeJson): string | null {
  if (n.type === 'text' && typeof n.text === 'string') return n.text;
  if (n.type === 'ref') return String(n.attrs?.text ?? '');
  if (n.type === 'hardBreak') return '\n';
  return null;
}

/** The paragraphs under `root` holding text or references (not inside change items), in order. */
function paragraphs(root: NodeJson): NodeJson[] {
  const out: NodeJson[] = [];
  const walk = (n: NodeJson) => {
    if (n.type === 'changeItem') return;
    if ((n.content ?? []).some((c) => printedOf(c) !== null)) out.push(n);
    for (const c of n.content ?? []) walk(c);
  };
  walk(root);
  return out;
}

function printed(block: NodeJson): Printed {
  let text = '';
  const pieces: Piece[] = [];
  for (const node of block.content ?? []) {
    const own = printedOf(node) ?? '';
    pieces.push({ node, start: text.length, end: text.length + own.length });
    text += own;
  }
  return { text, pieces };
}

/**
 * True when [start, end) cuts a reference in two (holds part of it, not all), or holds a piece
 * that is neither text nor a reference (a line break): new words would not keep it.
 */
function breaksPiece(p: Printed, start: number, end: number): boolean {
  return p.pieces.some((x) =>
    x.node.type === 'ref'
      ? x.start < x.end && ((start > x.start && start < x.end) || (end > x.start && end < x.end))
      : x.node.type !== 'text' && x.start >= start && x.start < end,
  );
}

/**
 * The matches of `pattern` (global, `phrasePattern`: the spaces before and after the words as
 * groups 1 and 2) in `p`, each as the range that becomes `to`, that cut no reference (unless
 * `cutting`). New words take the place of the words alone, the spaces around stay where they are;
 * words deleted take the spaces on one side with them (before them, else after them), so they
 * leave no double space and no space before punctuation.
 */
function hitsIn(p: Printed, pattern: RegExp, to: string, cutting = false): Hit[] {
  const hits: Hit[] = [];
  for (const m of p.text.matchAll(pattern)) {
    const before = (m[1] ?? '').length;
    const after = (m[2] ?? '').length;
    const from = m.index ?? 0;
    const until = from + m[0].length;
    const start = to !== '' || before === 0 ? from + before : from;
    const end = to !== '' || before > 0 ? until - after : until;
    if (end > start && (cutting || !breaksPiece(p, start, end))) hits.push({ start, end, replacement: to });
  }
  return hits;
}

/**
 * How often `pattern` (global, `phrasePattern`) occurs in the printed paragraphs under `root`;
 * with `cutting`, also where it would cut a reference in two.
 */
export function phraseOccurrences(root: NodeJson, pattern: RegExp, cutting = false): number {
  return paragraphs(root).reduce((sum, block) => sum + hitsIn(printed(block), pattern, '', cutting).length, 0);
}

/** The marks of a text run (none: undefined). */
function marksOf(n: NodeJson): unknown {
  return (n as { marks?: unknown }).marks;
}

/** A text run like `like` (its marks) holding `text`. */
function textLike(like: NodeJson | null, text: string): NodeJson {
  return like ? { ...like, text } : { type: 'text', text };
}

/** The inline content of `p` with every hit replaced; the new text takes the marks of the run the hit starts in. */
function rebuilt(p: Printed, hits: readonly Hit[]): NodeJson[] {
  const out: NodeJson[] = [];
  const put = new Set<Hit>();
  // Runs of the same marks are joined, as the document would join them.
  const emit = (like: NodeJson | null, text: string) => {
    if (text === '') return;
    const run = textLike(like, text);
    const last = out[out.length - 1];
    if (last?.type === 'text' && JSON.stringify(marksOf(last)) === JSON.stringify(marksOf(run))) last.text = `${last.text ?? ''}${text}`;
    else out.push(run);
  };
  const putHit = (hit: Hit, like: NodeJson | null) => {
    if (put.has(hit)) return;
    put.add(hit);
    emit(like, hit.replacement);
  };
  for (const piece of p.pieces) {
    if (piece.node.type !== 'text') {
      // A reference is never cut: inside a hit it goes (the hit's text stands where the hit starts).
      const hit = hits.find((x) => x.start <= piece.start && piece.start < x.end);
      if (!hit) out.push(piece.node);
      else if (hit.start === piece.start) putHit(hit, null);
      continue;
    }
    const text = piece.node.text as string;
    let at = piece.start;
    for (const hit of hits) {
      if (hit.end <= piece.start || hit.start >= piece.end) continue;
      if (hit.start > at) emit(piece.node, text.slice(at - piece.start, hit.start - piece.start));
      if (hit.start >= piece.start) putHit(hit, piece.node);
      at = Math.max(at, Math.min(hit.end, piece.end));
    }
    if (at < piece.end) emit(piece.node, text.slice(at - piece.start));
  }
  return out;
}

/**
 * Replace every match of `pattern` (global, `phrasePattern`) in the printed paragraphs under
 * `root` by `to` ("" deletes the words; see `hitsIn` for the spaces); references inside a match
 * go with it.
 */
export function replacePhrase(root: NodeJson, pattern: RegExp, to: string): void {
  for (const block of paragraphs(root)) {
    const p = printed(block);
    const hits = hitsIn(p, pattern, to);
    if (hits.length > 0) block.content = rebuilt(p, hits);
  }
}
