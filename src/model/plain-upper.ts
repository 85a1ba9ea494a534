/** A title as compared across sources: upper case, runs of whitespace and dashes made one space. */
export function plainUpper(s: string): string {
  return s.toUpperCase().replace(/[\s\u2013\u2014-]+/g, ' ').trim();
}
