/**
 * Markers of list items (tabulasi, drafting-rules.md 1.4.3): by depth a. -> 1. -> a) -> 1);
 * a `list` node's `style` attribute overrides the depth default (Pasal 1 definitions are an
 * "angka" list at the first level). Lists nested under a styled list continue the sequence from
 * the parent's style (under "angka" comes "hurufKurung").
 *
 * Huruf past z: the doubled letters aa, bb, …, zz, then aaa, … [PRACTICE: the form used in
 * enacted Indonesian regulations with long lists; no rule text found]. The rule limits lists to
 * 4 levels; deeper levels wrap around to the start of the sequence (the validator flags them).
 */

/** The four marker kinds of a list. */
export type ListStyle = 'huruf' | 'angka' | 'hurufKurung' | 'angkaKurung';

/** The marker kinds in the order of depth (level 1 to 4). */
export const LIST_STYLES: readonly ListStyle[] = ['huruf', 'angka', 'hurufKurung', 'angkaKurung'];

/** True when `s` names a list style. */
export function isListStyle(s: unknown): s is ListStyle {
  return typeof s === 'string' && (LIST_STYLES as readonly string[]).includes(s);
}

/** The default style of a list at `depth` (1-based): huruf, angka, hurufKurung, angkaKurung. */
export function styleForDepth(depth: number): ListStyle {
  return LIST_STYLES[(((depth - 1) % 4) + 4) % 4] as ListStyle;
}

/** The style a nested list takes by default under a list of style `parent`. */
export function nextStyle(parent: ListStyle): ListStyle {
  return LIST_STYLES[(LIST_STYLES.indexOf(parent) + 1) % 4] as ListStyle;
}

/** Letter(s) of the n-th huruf item: 1 -> "a", 26 -> "z", 27 -> "aa", 28 -> "bb", 53 -> "aaa". */
export function hurufOf(n: number): string {
  if (n < 1) return '';
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Position of a huruf ("a" -> 1, "bb" -> 28), or null when `h` is not a letter run. */
export function hurufIndex(h: string): number | null {
  const s = h.toLowerCase();
  if (!/^([a-z])\1*$/.test(s)) return null;
  return (s.length - 1) * 26 + (s.charCodeAt(0) - 96);
}

/** True for the letter styles (huruf a. and a)). */
export function isHurufStyle(style: ListStyle): boolean {
  return style === 'huruf' || style === 'hurufKurung';
}

/** The printed marker of an item: "a.", "1.", "a)", "1)". */
export function itemMarker(style: ListStyle, num: string): string {
  return style === 'huruf' || style === 'angka' ? `${num}.` : `${num})`;
}

/** The word used for an item in references: "huruf" or "angka". */
export function itemWord(style: ListStyle): 'huruf' | 'angka' {
  return isHurufStyle(style) ? 'huruf' : 'angka';
}
