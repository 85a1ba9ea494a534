/**
 * Indonesian enumeration of units (drafting-rules.md 1.3.3, 2.2): two with "dan"
 * ("Pasal 20 dan Pasal 26"), three or more with commas and "dan" after a comma
 * ("huruf a, huruf b, dan huruf c"); the unit word is repeated each time.
 */

/** Join labels: ["a"] -> "a"; ["a","b"] -> "a dan b"; ["a","b","c"] -> "a, b, dan c". */
export function joinList(items: readonly string[], conjunction = 'dan'): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1]}`;
}
