/**
 * Tokens of the text of a document's nodes, as the comparison reads them: textblocks (memoised
 * per node when they hold no live reference), live references as they print where they stand
 * ("ayat (1)" inside the same Pasal, as the editor and the exports print them; with the text they
 * were written with), nested lists with a mark before each item, and the change items of an
 * amending instrument with the printed numbers of the units they quote.
 */
import type { Node } from 'prosemirror-model';
import { atChild, listedRefs, refNodeLabel, type RefContext } from '../model/labels';
import type { Numbering } from '../model/numbering';
import { gramHash } from './similarity';
import { spacedToken, tokenize, type Token } from './tokenize';

/**
 * Marker tokens by kind, depth, marker and literalness: a document's parts print a few hundred
 * distinct markers, so every part's mark is one of those few objects (tokens are never mutated).
 */
const markTokens = new Map<string, Token>();
const MAX_MARK_TOKENS = 10_000;

/**
 * A structural marker token (kept out of similarity; compared by kind and depth only, and also by
 * its number where that is `literal`: stated by an amending instrument).
 */
export function markToken(kind: string, depth: number, marker: string, literal = false): Token {
  const id = `${literal ? 'L' : ''}${kind}${depth} ${marker}`;
  let t = markTokens.get(id);
  if (t === undefined) {
    if (markTokens.size >= MAX_MARK_TOKENS) markTokens.clear();
    t = { s: marker, k: literal ? `\u00b6${kind}${depth}${marker}` : `\u00b6${kind}${depth}`, sp: false, kind: 'mark', g: -1 };
    markTokens.set(id, t);
  }
  return t;
}

/**
 * Tokens of textblocks without reference nodes, per (immutable) node: a draft compared again
 * after an edit shares almost all its textblocks with the previous version, so only the edited
 * ones are tokenised again. Stored as tokenised with no leading whitespace.
 */
const blockTokens = new WeakMap<Node, readonly Token[]>();

/** A live reference read during extraction, where it stands, and the label it read. */
export interface ReadRef {
  ref: Node;
  ctx: RefContext;
  label: string;
}

/** Where references stand outside the body (Menimbang, Mengingat, Penjelasan, Lampiran), as the exports print them. */
const OUTSIDE_BODY: RefContext = { pasalUid: null };


/**
 * The memoised tokens of a textblock without live references (tokenised on first use), or null
 * when it holds one: those read as they stand, and are never memoised.
 */
function cachedRun(block: Node, numbering: Numbering, ctx: RefContext): readonly Token[] | null {
  let cached = blockTokens.get(block);
  if (cached === undefined) {
    for (let i = 0; i < block.childCount; i++) if (!block.child(i).isText) return null;
    const fresh: Token[] = [];
    liveInlineTokens(block, numbering, fresh, false, null, ctx);
    blockTokens.set(block, fresh);
    cached = fresh;
  }
  return cached;
}

/**
 * Tokens of the inline content of a textblock standing at `ctx`, appended to `out`; live
 * references read go to `refs`.
 */
export function inlineTokens(
  block: Node,
  numbering: Numbering,
  out: Token[],
  leadingSpace: boolean,
  refs: ReadRef[] | null = null,
  ctx: RefContext = OUTSIDE_BODY,
): void {
  const cached = cachedRun(block, numbering, ctx);
  if (cached === null) {
    liveInlineTokens(block, numbering, out, leadingSpace, refs, ctx);
    return;
  }
  const first = cached[0];
  if (first && leadingSpace && !first.sp) out.push(spacedToken(first));
  else if (first) out.push(first);
  for (let i = 1; i < cached.length; i++) out.push(cached[i] as Token);
}

/**
 * The tokens of one textblock standing at `ctx`, as a run of their own (no whitespace before
 * it): without live references the memoised array itself, shared and never to be changed, so a
 * part made of one textblock (most ayat and items) copies none; live references read go to `refs`.
 */
export function blockRun(block: Node, numbering: Numbering, refs: ReadRef[] | null, ctx: RefContext): readonly Token[] {
  const cached = cachedRun(block, numbering, ctx);
  if (cached !== null) return cached;
  const out: Token[] = [];
  liveInlineTokens(block, numbering, out, false, refs, ctx);
  return out;
}

function liveInlineTokens(
  block: Node,
  numbering: Numbering,
  out: Token[],
  leadingSpace: boolean,
  refs: ReadRef[] | null,
  ctx: RefContext,
): void {
  let sp = leadingSpace;
  let listed: ReadonlyMap<number, string> | null = null;
  // Loops, not callbacks, throughout this file: compiled code of a closure made per call does not
  // outlive it by a full garbage collection, and these run for every textblock.
  for (let index = 0; index < block.childCount; index++) {
    const child = block.child(index);
    if (child.isText) {
      const text = child.text ?? '';
      tokenize(text, sp, out);
      const last = text.charCodeAt(text.length - 1);
      sp =
        last === 32 ||
        last === 10 ||
        last === 9 ||
        last === 160 ||
        /\s/.test(text.charAt(text.length - 1));
    } else if (child.type.name === 'ref') {
      const target = String(child.attrs.target ?? '');
      const fallback = String(child.attrs.text ?? '');
      listed ??= listedRefs(block);
      const at = atChild(ctx, listed, index);
      const label = refNodeLabel(child, numbering, at);
      refs?.push({ ref: child, ctx: at, label });
      out.push(refToken(label, target, fallback, sp));
      sp = false;
    } else {
      sp = true;
    }
  }
}

/** The token of a live reference: its label as printed, `fallback` the text it was written with. */
export function refToken(label: string, target: string, fallback: string, sp: boolean): Token {
  return { s: label, k: `ref:${target}`, sp, kind: 'ref', target, typed: fallback.replace(/\s+/g, ' ').trim(), g: gramHash('ref', '') };
}

/** All text tokens under `node` (nested lists included, with marks before each item), references standing at `ctx`. */
export function deepTokens(node: Node, numbering: Numbering, out: Token[], depth = 0, ctx: RefContext = OUTSIDE_BODY): Token[] {
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child.isTextblock) inlineTokens(child, numbering, out, out.length > 0, null, ctx);
    else if (child.type.name === 'item') {
      out.push(markToken('item', depth + 1, numbering.get(String(child.attrs.uid))?.marker ?? ''));
      deepTokens(child, numbering, out, depth + 1, ctx);
    } else deepTokens(child, numbering, out, depth, ctx);
  }
  return out;
}

/**
 * Tokens of a node of free paragraphs (a Penjelasan Umum or entry), a mark with no marker
 * between two paragraphs: each paragraph starts a line of its own where the comparison is set.
 */
export function paragraphTokens(node: Node, numbering: Numbering): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (!child.isTextblock) continue;
    if (out.length > 0) out.push(PARAGRAPH_BREAK);
    inlineTokens(child, numbering, out, false);
  }
  return out;
}

/**
 * The mark between two paragraphs (`paragraphTokens`). Its key is empty: a text cut into other
 * paragraphs with the same words reads unchanged (layout is no change), and where the words
 * changed the break still shows where each paragraph starts.
 */
export const PARAGRAPH_BREAK: Token = { ...markToken('para', 0, ''), k: '' };

/** Text of a heading node's first child (the title). */
export function headingTokens(node: Node, numbering: Numbering): Token[] {
  const out: Token[] = [];
  const first = node.firstChild;
  if (first && first.type.name === 'heading') inlineTokens(first, numbering, out, false);
  return out;
}

/** The tokens of one textblock. */
export function inlineTokensOf(block: Node, numbering: Numbering): Token[] {
  const out: Token[] = [];
  inlineTokens(block, numbering, out, false);
  return out;
}
