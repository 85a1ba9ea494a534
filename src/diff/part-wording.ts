/**
 * The wording of a part: its content words in order, lower case, references as written, without
 * the conjunction that closes the next-to-last item of a list ("dan", "atau", "serta",
 * "dan/atau"). Punctuation and case do not count, nor does where in its list an item stands:
 * "rehabilitasi." as the last item and "rehabilitasi; dan" as the one before it read alike.
 */
import type { PartUnit } from './extract';
import { refsAsWritten } from './references';
import { memoOf } from './run-memo';
import { gramHash } from './similarity';
import { REFERENCE_KINDS, type Token } from './tokenize';

/** Words that close the next-to-last item of a list, dropped before comparing wordings. */
const LIST_CLOSERS = new Set(['dan', 'atau', 'serta', 'dan/atau']);

/** The content words of a run (references as written), lower case, without a closing conjunction. */
function wording(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const t of refsAsWritten(tokens)) if (t.g >= 0) words.push(t.k.toLowerCase());
  while (words.length > 0 && LIST_CLOSERS.has(words[words.length - 1] as string)) words.pop();
  return words;
}

/** Two parts say the same in the same words (see the header). */
export function sameWording(a: PartUnit, b: PartUnit): boolean {
  const x = wording(a.tokens);
  const y = wording(b.tokens);
  return x.length === y.length && x.every((w, i) => w === y[i]);
}

/** Similarity hashes of the words that close the next-to-last item of a list. */
const CLOSER_HASHES = new Set([...LIST_CLOSERS].map((w) => gramHash('word', w)));

/**
 * A hash of the content words of a run in order, lower case (`Token.g`), without a closing
 * conjunction; a reference, however written, counts as one same word. Runs worded the same
 * (`sameWording`) hash alike; runs that hash alike may still differ (`sameWording` decides).
 */
export function wordingHash(tokens: readonly Token[]): number {
  const m = memoOf(tokens);
  return (m.wording ??= hashWording(tokens));
}

function hashWording(tokens: readonly Token[]): number {
  let end = tokens.length - 1;
  while (end >= 0 && ((tokens[end] as Token).g < 0 || CLOSER_HASHES.has((tokens[end] as Token).g))) end--;
  let h = 0x811c9dc5;
  let inRef = false;
  for (let i = 0; i <= end; i++) {
    const t = tokens[i] as Token;
    if (t.g < 0) continue;
    const ref = REFERENCE_KINDS.has(t.kind);
    if (!(ref && inRef)) h = Math.imul(h ^ (ref ? 1 : t.g), 0x01000193) >>> 0;
    inRef = ref;
  }
  return h;
}
