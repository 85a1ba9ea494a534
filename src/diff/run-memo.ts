/**
 * What is memoised per token array. Token arrays of extracted units live as long as their
 * (immutable) document, so a unit compared again (the UI recomparing a draft with its base) never
 * rebuilds its keys, fingerprint or text. One record per array, so a cold comparison pays one
 * weak-map entry per run instead of one per memo.
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
  /** `wordingHash` (cross-moves.ts): a hash of the content words in order. */
  wording: number | undefined;
}

const memos = new WeakMap<readonly Token[], RunMemo>();

/** The memo record of `tokens` (created empty on first use). */
export function memoOf(tokens: readonly Token[]): RunMemo {
  let m = memos.get(tokens);
  if (m === undefined) {
    m = { raw: undefined, neutral: undefined, rawLength: undefined, neutralLength: undefined, grams: undefined, text: undefined, wording: undefined };
    memos.set(tokens, m);
  }
  return m;
}
