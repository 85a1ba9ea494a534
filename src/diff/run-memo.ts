/**
 * What is memoised per token array. Token arrays of extracted units live as long as their
 * (immutable) document, so a unit compared again (the UI recomparing a draft with its base) never
 * rebuilds its keys, fingerprint or text. One record per array, carried by the array itself
 * under a symbol: a cold comparison makes tens of thousands of them, and a weak map's lookups and
 * entries cost more than a property (its share of a profile: about 3% of the comparison's time).
 */
import type { Grams } from './similarity';
import type { Token } from './tokenize';

/** The memos of one token array; each is filled on first use. */
export interface RunMemo {
  /** `rawKey`: the canonical text. */
  raw: string | undefined;
  /** `neutralKey`: the canonical text with reference numbers blanked. */
  neutral: string | undefined;
  /** `rawLength`: the length of the canonical text, known without building it. */
  rawLength: number | undefined;
  /** `neutralLength`: the length of the neutral text, known without building it. */
  neutralLength: number | undefined;
  /** `gramsFor`: the content fingerprint. */
  grams: Grams | undefined;
  /** `renderText`: the text as printed. */
  text: string | undefined;
  /** `wordingHash` (part-wording.ts): a hash of the content words in order. */
  wording: number | undefined;
}

const MEMO = Symbol('runMemo');

/** A token array carrying its memo record (a symbol key: JSON and structured clone leave it out). */
type Memoised = readonly Token[] & { [MEMO]?: RunMemo };

/** The memo record of `tokens` (created empty on first use). */
export function memoOf(tokens: readonly Token[]): RunMemo {
  const carrier = tokens as Memoised;
  let m = carrier[MEMO];
  if (m === undefined) {
    m = { raw: undefined, neutral: undefined, rawLength: undefined, neutralLength: undefined, grams: undefined, text: undefined, wording: undefined };
    (carrier as { [MEMO]?: RunMemo })[MEMO] = m;
  }
  return m;
}
