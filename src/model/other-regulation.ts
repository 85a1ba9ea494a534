/**
 * Whether an address written in a Perda's text ("Pasal 5 ayat (2)") cites the Perda itself or
 * another regulation: it cites another when the name of one follows it, or follows the rest of
 * the list it opens ("Pasal 111, Pasal 112, dan Pasal 114 Undang-Undang Nomor 35 Tahun 2009",
 * "Pasal 209 sampai dengan Pasal 210 Kitab Undang-Undang Hukum Pidana"). The parser reads its
 * live references by this, and the checks the references written as plain text.
 */

/** The name of another regulation, at the start of the text after an address. */
export const OTHER_REGULATION = /^\s*,?\s*(Undang|UU\b|UUD|Peraturan|Keputusan|Instruksi|Kitab|KUH|Qanun|Perpres|Permen|Perda\b)/i;

/**
 * "Peraturan Daerah ini", "Undang-Undang ini", "Peraturan Wali Kota ini", "Qanun ini": the text
 * itself, though it opens like another regulation's name.
 */
export const THIS_REGULATION = /^\s*,?\s*(?:Undang-Undang|Qanun|Perda|Perpres|Peraturan(?:\s+[a-z]+){1,3})\s+ini\b/i;

/**
 * The next address of a list, right after the one before it: joined by a comma, a conjunction,
 * both (", dan Pasal 114") or "sampai dengan" (group 1), or chained to it without a joiner
 * ("Pasal 5 ayat (1) huruf a").
 */
const NEXT_ADDRESS = /^(\s*(?:,\s*(?:dan\/atau|dan|atau|serta)?|dan\/atau|dan|atau|serta|sampai\s+dengan)?\s*)([Pp]asal\s+\d+[A-Z]?|ayat\s*\(\s?(?:\d+[a-z]?|l)\s?[)}\]]|huruf\s+[a-z]\b|angka\s+\d+[a-z]?\b)/;

/** How deep an address reaches: Pasal 0, ayat 1, huruf 2, angka 3. */
export function addressRank(address: string): number {
  const w = address.trimStart().slice(0, 2).toLowerCase();
  return w === 'pa' ? 0 : w === 'ay' ? 1 : w === 'hu' ? 2 : 3;
}

/**
 * True when `after`, the text right after `address`, names another regulation once the rest of
 * the list `address` opens is passed. The list goes on over addresses joined to it, but not to an
 * address shallower than its first: in "huruf a dan huruf b, serta Pasal 12 Undang-Undang …" the
 * letters are the text's own and only Pasal 12 is the law's.
 */
export function citesOtherRegulation(address: string, after: string): boolean {
  const rank = addressRank(address);
  let at = 0;
  for (let m = NEXT_ADDRESS.exec(after); m; m = NEXT_ADDRESS.exec(after.slice(at))) {
    if ((m[1] as string).trim() !== '' && addressRank(m[2] as string) < rank) break;
    at += m[0].length;
  }
  const next = after.slice(at, at + 60);
  return OTHER_REGULATION.test(next) && !THIS_REGULATION.test(next);
}
