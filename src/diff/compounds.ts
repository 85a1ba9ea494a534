/**
 * Compounds that texts write as one word or as two: older laws and Perda write "Walikota",
 * "kerjasama", "bertanggungjawab", "Warganegara", "peranserta", "antardaerah"; newer ones, as the
 * spelling rules (PUEBI/EYD) now have it, "Wali Kota", "kerja sama", "bertanggung jawab", "warga
 * negara", "peran serta" — but "antardaerah", "nonkementerian" as one word where older texts wrote
 * them apart. Where Pasal are compared for similarity, a compound written as one word reads as its
 * words (`compoundParts`), so a Pasal whose only change of wording is the spelling standard still
 * shares its words with its old self: UU 10/1992 Pasal 24 ("… berperanserta …") and UU 52/2009
 * Pasal 58 ("… berperan serta …") or UU 8/1985 Pasal 9 ("Setiap Warganegara …") and UU 17/2013
 * Pasal 33 ("Setiap warga negara …") no longer differ by a word they share.
 *
 * Only similarity reads so (fingerprints, `similarity.ts`; a part's subject words,
 * `subject-words.ts`); the word diff still shows the spelling as changed, and says it is only
 * written otherwise (`printed-otherwise.ts`). The words are a closed list of compounds legal texts
 * are known to write both ways, and three bound forms that join the word after them ("antar",
 * "non", "pasca"); a word is not split by guessing.
 */

/** Compounds written as one word, split where their second word starts (small letters). */
const JOINED: ReadonlyArray<readonly [string, string]> = [
  ['wali', 'kota'], ['ibu', 'kota'],
  ['kerja', 'sama'], ['bekerja', 'sama'], ['kerja', 'samanya'],
  ['tanggung', 'jawab'], ['tanggung', 'jawabnya'], ['bertanggung', 'jawab'], ['penanggung', 'jawab'],
  ['warga', 'negara'], ['peran', 'serta'], ['berperan', 'serta'],
  ['barang', 'siapa'], ['apa', 'pun'], ['siapa', 'pun'], ['mana', 'pun'], ['bagaimana', 'pun'],
  ['budi', 'daya'], ['olah', 'raga'], ['sumber', 'daya'], ['tata', 'cara'],
  ['daya', 'guna'], ['hasil', 'guna'], ['berdaya', 'guna'], ['berhasil', 'guna'],
];

/**
 * Bound forms written joined to the word after them ("antardaerah", "nonkementerian",
 * "pascabencana"), and the fewest letters that word must have: "antara", "antaranya", "nona" and
 * "nonton" are no such compounds.
 */
const BOUND_FORMS: ReadonlyArray<readonly [string, number]> = [['antar', 4], ['non', 4], ['pasca', 4]];

/** Words that open with a bound form and are one word all the same. */
const NOT_BOUND = /^antara/;

/**
 * The key under which a word is looked up: text recognition's capital I reads as a small L in a
 * word's key (`ocrKey`: "Ibukota" -> "lbukota"), so the two letters count as one here.
 */
function lookupKey(word: string): string {
  return word.replace(/l/g, 'i');
}

/** Compound (lookup key) -> where its second word starts. */
const SPLIT_AT = new Map<string, number>(JOINED.map(([a, b]) => [lookupKey(a + b), a.length]));

/**
 * The words of a compound written as one word (`word` in small letters, as a similarity word):
 * "walikota" -> ["wali", "kota"], "antardaerah" -> ["antar", "daerah"]; null for any other word.
 * The parts keep the word's own letters ("lbukota" -> "lbu", "kota").
 */
export function compoundParts(word: string): readonly string[] | null {
  const at = SPLIT_AT.get(lookupKey(word));
  if (at !== undefined) return [word.slice(0, at), word.slice(at)];
  for (const [form, rest] of BOUND_FORMS) {
    if (word.length >= form.length + rest && word.startsWith(form) && !NOT_BOUND.test(word) && /^\p{L}+$/u.test(word)) {
      return [form, word.slice(form.length)];
    }
  }
  return null;
}
