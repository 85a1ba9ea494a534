/** Small text helpers shared by the rule families. */
import type { Span } from './context';

/** True when the text holds nothing but white space. */
export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/** True when the text contains an unfilled placeholder ("…" or "..."). */
export function hasPlaceholder(text: string): boolean {
  return text.includes('…') || text.includes('...');
}

/** The span of the last non-space character(s) of a text (for pointing at a wrong ending). */
export function endSpan(text: string, length = 1): Span {
  const end = text.trimEnd().length;
  return { from: Math.max(0, end - length), to: end };
}

/** The span of the first word of a text. */
export function firstWordSpan(text: string): Span {
  const m = /\S+/.exec(text);
  return m ? { from: m.index, to: m.index + m[0].length } : { from: 0, to: 0 };
}

/** Letters of a text without marks of quotation, for case tests. */
export function hasLowerCase(text: string): boolean {
  return /\p{Ll}/u.test(text);
}

/** A short quotation of a text for messages ("…" when cut). */
export function quote(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}
