/**
 * Reading a word-level change sentence (drafting-rules.md 3.4.2 F20): which quoted words it
 * replaces, deletes or inserts, and with what. The parser asks it whether Pasal I is one such
 * sentence (the single-change form); the applier (`amend/apply-phrase.ts`) asks it what to do.
 */

/** A word-level change: the quoted words and what replaces them ("" when they are deleted). */
export interface PhraseChange {
  /** What the sentence calls the words: "frasa", "kata" or "istilah". */
  word: string;
  from: string;
  to: string;
  /** For an insertion: the words inserted (`to` is then `from` with them in place). */
  inserted?: string;
  /**
   * The words `from` stands between where the sentence says so ("frase “A” di antara frase “B” dan
   * frase “C” dihapus"): they stay, and only `from` found between them changes. A stop the text
   * sets between (a full stop after `from`) stays too, unless the new words end with it.
   */
  between?: { before: string; after: string };
}

/**
 * A quoted phrase: “…” (either curly mark at either end, as sources slip: ”Selanjutnya”), "…",
 * ‘…’, or ''…'' (two apostrophes typed for each mark, as a typewriter gives it).
 */
const QUOTED = /[“”]([^“”]*)[“”]|"([^"]*)"|‘([^’]*)’|''((?:(?!'').)*)''/g;
/** What a sentence calls the words it changes ("frase" is a common spelling of "frasa"). */
const WORD = '(?:frasa|frase|kata|istilah)';
/** The word before the first quote that makes the sentence a word-level one. */
const PHRASE_WORD = new RegExp(`\\b(${WORD})\\s*$`, 'i');
const REPLACE_VERB = new RegExp(`^\\s*(?:[^“"‘]*?\\s)?(?:diubah|dirubah|diganti)\\s+(?:menjadi|dengan)\\s+(?:${WORD}\\s+)?$`, 'i');
const DELETE_VERB = /^\s*(?:[^“"‘]*?\s)?dihapus(?:kan)?\b/i;
/** The verb of an insertion, right before the quoted words inserted. */
const INSERT_VERB = new RegExp(`\\b(?:disisipkan|disisipi|ditambah(?:kan)?)\\s+(?:${WORD}\\s+)?$`, 'i');
/** The place of an insertion: between two quoted words, or after or before one. */
const BETWEEN = new RegExp(`\\bdi\\s?antara\\s+${WORD}\\s*$`, 'i');
const AND_WORD = new RegExp(`^\\s*dan\\s+${WORD}\\s*$`, 'i');
const AFTER = new RegExp(`\\b(?:setelah|sesudah)\\s+${WORD}\\s*$`, 'i');
const BEFORE = new RegExp(`\\bsebelum\\s+${WORD}\\s*$`, 'i');
/** What places words between two others after they are quoted: ", di antara frase". */
const PLACED_BETWEEN = new RegExp(`^\\s*,?\\s*di\\s?antara\\s+${WORD}\\s*$`, 'i');
/** What deletes the words placed: ", dihapus." up to the next change or the end. */
const PLACED_DELETED = /^\s*,?\s*dihapus(?:kan)?\b/i;
/** What joins a second change to the first: "dan frase", ", serta kata". */
const NEXT_CHANGE = new RegExp(`^\\s*[,;]?\\s*(?:dan|serta)\\s+${WORD}\\s*$`, 'i');

/** "frasa" for "frase", as the sentence's word is reported. */
function wordOf(w: string): string {
  const lower = w.toLowerCase();
  return lower === 'frase' ? 'frasa' : lower;
}

/** The quoted phrases of `text` with where each starts and ends. */
function quotes(text: string): Array<{ value: string; start: number; end: number }> {
  return [...text.matchAll(QUOTED)].map((m) => ({
    value: (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').replace(/\s+/g, ' ').trim(),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/**
 * The word-level change an instruction sentence asks for, or null when it is no such sentence:
 * "frasa|kata "A" … diubah|diganti menjadi|dengan "B"", "frasa|kata "A" … dihapus", or an
 * insertion of words between, after or before quoted words (`readInsertion`).
 */
export function readPhraseChange(text: string): PhraseChange | null {
  const qs = quotes(text);
  const insertion = readInsertion(text, qs);
  if (insertion) return insertion;
  const first = qs[0];
  const rawWord = first ? PHRASE_WORD.exec(text.slice(0, first.start))?.[1] : undefined;
  const word = rawWord ? wordOf(rawWord) : undefined;
  if (!first || !first.value || !word) return null;
  const second = qs[1];
  if (second && REPLACE_VERB.test(text.slice(first.end, second.start)) && second.value !== first.value)
    return { word, from: first.value, to: second.value };
  if (!second && DELETE_VERB.test(text.slice(first.end))) return { word, from: first.value, to: '' };
  return null;
}

/**
 * A word-level insertion: "Di antara kata "A" dan kata "B" … disisipkan kata "C"" (A C B), "Setelah
 * kata "A" … ditambahkan kata "C"" (A C), "Sebelum kata "A" … disisipkan kata "C"" (C A); null for
 * any other sentence.
 */
function readInsertion(text: string, qs: ReturnType<typeof quotes>): PhraseChange | null {
  const last = qs[qs.length - 1];
  if (!last?.value || qs.length < 2 || !INSERT_VERB.test(text.slice((qs[qs.length - 2] as { end: number }).end, last.start))) return null;
  const word = wordOf(PHRASE_WORD.exec(text.slice(0, last.start))?.[1] ?? 'kata');
  const [a, b] = qs as [(typeof qs)[number], (typeof qs)[number]];
  const lead = text.slice(0, a.start);
  if (qs.length === 3 && BETWEEN.test(lead) && AND_WORD.test(text.slice(a.end, b.start)))
    return { word, from: `${a.value} ${b.value}`, to: `${a.value} ${last.value} ${b.value}`, inserted: last.value };
  if (qs.length === 2 && AFTER.test(lead)) return { word, from: a.value, to: `${a.value} ${last.value}`, inserted: last.value };
  if (qs.length === 2 && BEFORE.test(lead)) return { word, from: a.value, to: `${last.value} ${a.value}`, inserted: last.value };
  return null;
}

/**
 * The word-level changes of a sentence that places the words it changes between two others, one
 * or several joined by "dan" (UU 28/2004 Pasal I angka 25: "frase “X” di antara frase “A” dan
 * frase “B”, diubah menjadi frase “Y” dan frase “X2” di antara … diubah menjadi frase “Y2”");
 * else the one change `readPhraseChange` reads, or none.
 */
export function readPhraseChanges(text: string): PhraseChange[] {
  const placed = readPlacedChanges(text);
  if (placed) return placed;
  const one = readPhraseChange(text);
  return one ? [one] : [];
}

/** A quoted phrase of a sentence and where it lies (`quotes`). */
type Quote = ReturnType<typeof quotes>[number];

/** The changes of a sentence made only of placed changes (see `readPhraseChanges`), or null. */
function readPlacedChanges(text: string): PhraseChange[] | null {
  const qs = quotes(text);
  const out: PhraseChange[] = [];
  let k = 0;
  while (k + 2 < qs.length) {
    const x = qs[k] as Quote;
    const a = qs[k + 1] as Quote;
    const b = qs[k + 2] as Quote;
    const lead = text.slice(k === 0 ? 0 : (qs[k - 1] as Quote).end, x.start);
    const rawWord = PHRASE_WORD.exec(lead)?.[1];
    if (!rawWord || (k > 0 && !NEXT_CHANGE.test(lead)) || !x.value) return null;
    if (!PLACED_BETWEEN.test(text.slice(x.end, a.start)) || !AND_WORD.test(text.slice(a.end, b.start))) return null;
    const between = { before: a.value, after: b.value };
    const y = qs[k + 3];
    const untilNext = text.slice(b.end, y ? y.start : text.length);
    if (PLACED_DELETED.test(untilNext)) {
      out.push({ word: wordOf(rawWord), from: x.value, to: '', between });
      k += 3;
    } else if (y && REPLACE_VERB.test(untilNext.replace(/^\s*,/, ''))) {
      out.push({ word: wordOf(rawWord), from: x.value, to: y.value, between });
      k += 4;
    } else return null;
  }
  return out.length > 0 && k === qs.length ? out : null;
}

/** `sentence` with its quoted words blanked to "…" (they may hold "Pasal 5" or "Penjelasan"). */
export function blankQuotes(sentence: string): string {
  return sentence.replace(QUOTED, ' "…" ');
}
