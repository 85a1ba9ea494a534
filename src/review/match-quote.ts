/**
 * Find a quoted phrase in a text (Hypothesis' fuzzy anchoring, anchors.md 1.10, made stricter
 * for legislation): exact occurrences first, then approximate ones with at most 20% of the
 * quote's characters edited. Candidates are ranked by quote 50, prefix 20, suffix 20 and
 * position 2, as in Hypothesis. A quote that is not found within these bounds is not found: a
 * comment is better shown as detached than attached to the wrong words.
 */
import { approxSearch, editDistance } from './approx-match';

/** What is searched for. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote started when anchored (a hint). */
  start?: number;
}

/** A located quote. */
export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  /** 0..1 similarity of the context before and after. */
  prefixScore: number;
  suffixScore: number;
  /** 0..1 overall (quote 50, prefix 20, suffix 20, position 2). */
  score: number;
}

/** Fewest characters for an approximate match (shorter quotes must match exactly). */
export const MIN_FUZZY_LENGTH = 10;
/** Largest share of the quote's characters that may differ in an approximate match. */
export const MAX_ERROR_RATE = 0.2;

/** Similarity of two short strings, 1 when equal (empty expected text counts as a match). */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

/** Score the candidate `start..end` of `text` against the selector. */
function scoreCandidate(text: string, sel: QuoteSelector, start: number, end: number, errors: number): QuoteMatch {
  const quoteScore = 1 - errors / Math.max(1, sel.exact.length);
  const prefixScore = similarity(sel.prefix, text.slice(Math.max(0, start - sel.prefix.length), start));
  const suffixScore = similarity(sel.suffix, text.slice(end, end + sel.suffix.length));
  const posScore = sel.start === undefined ? 1 : 1 - Math.min(1, Math.abs(start - sel.start) / Math.max(1, text.length));
  const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
  return { start, end, errors, prefixScore, suffixScore, score };
}

/** The best place of the quote in `text`, or null when it is not there. */
export function matchQuote(text: string, sel: QuoteSelector): QuoteMatch | null {
  const len = sel.exact.length;
  if (len === 0) return null;
  const maxErrors = len < MIN_FUZZY_LENGTH ? 0 : Math.min(256, Math.floor(len * MAX_ERROR_RATE));
  let best: QuoteMatch | null = null;
  for (const c of approxSearch(text, sel.exact, maxErrors)) {
    const m = scoreCandidate(text, sel, c.start, c.end, c.errors);
    if (!best || m.score > best.score) best = m;
  }
  return best;
}
