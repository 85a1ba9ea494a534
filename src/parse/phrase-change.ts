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
}

/** A quoted phrase: “…”, "…" or ‘…’. */
const QUOTED = /“([^”]*)”|"([^"]*)"|‘([^’]*)’/g;
/** The word before the first quote that makes the sentence a word-level one. */
const PHRASE_WORD = /\b(frasa|kata|istilah)\s*$/i;
const REPLACE_VERB = /^\s*(?:[^“"‘]*?\s)?(?:diubah|dirubah|diganti)\s+(?:menjadi|dengan)\s+(?:(?:frasa|kata|istilah)\s+)?$/i;
const DELETE_VERB = /^\s*(?:[^“"‘]*?\s)?dihapus(?:kan)?\b/i;
/** The verb of an insertion, right before the quoted words inserted. */
const INSERT_VERB = /\b(?:disisipkan|disisipi|ditambah(?:kan)?)\s+(?:(?:frasa|kata|istilah)\s+)?$/i;
/** The place of an insertion: between two quoted words, or after or before one. */
const BETWEEN = /\bdi\s?antara\s+(?:frasa|kata|istilah)\s*$/i;
const AND_WORD = /^\s*dan\s+(?:frasa|kata|istilah)\s*$/i;
const AFTER = /\b(?:setelah|sesudah)\s+(?:frasa|kata|istilah)\s*$/i;
const BEFORE = /\bsebelum\s+(?:frasa|kata|istilah)\s*$/i;

/** The quoted phrases of `text` with where each starts and ends. */
function quotes(text: string): Array<{ value: string; start: number; end: number }> {
  return [...text.matchAll(QUOTED)].map((m) => ({
    value: (m[1] ?? m[2] ?? m[3] ?? '').replace(/\s+/g, ' ').trim(),
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
  const word = first ? PHRASE_WORD.exec(text.slice(0, first.start))?.[1]?.toLowerCase() : undefined;
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
  const word = /(frasa|kata|istilah)\s*$/i.exec(text.slice(0, last.start))?.[1]?.toLowerCase() ?? 'kata';
  const [a, b] = qs as [(typeof qs)[number], (typeof qs)[number]];
  const lead = text.slice(0, a.start);
  if (qs.length === 3 && BETWEEN.test(lead) && AND_WORD.test(text.slice(a.end, b.start)))
    return { word, from: `${a.value} ${b.value}`, to: `${a.value} ${last.value} ${b.value}`, inserted: last.value };
  if (qs.length === 2 && AFTER.test(lead)) return { word, from: a.value, to: `${a.value} ${last.value}`, inserted: last.value };
  if (qs.length === 2 && BEFORE.test(lead)) return { word, from: a.value, to: `${last.value} ${a.value}`, inserted: last.value };
  return null;
}

/** `sentence` with its quoted words blanked to "…" (they may hold "Pasal 5" or "Penjelasan"). */
export function blankQuotes(sentence: string): string {
  return sentence.replace(QUOTED, ' "…" ');
}
