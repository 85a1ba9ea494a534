/**
 * Which law a Mengingat item cites, so that the comparison pairs an item only with an item citing
 * the same law or a law on the same subject, its successor ("Undang-Undang Nomor 32 Tahun 2004
 * tentang Pemerintahan Daerah" -> "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan
 * Daerah"; "PP 44/1993 tentang Kendaraan dan Pengemudi" -> "PP 55/2012 tentang Kendaraan"). Two
 * items of the dasar hukum share most of their words ("Peraturan Daerah Kota Surabaya Nomor …
 * Tahun … tentang … (Lembaran Daerah Kota Surabaya Tahun … Nomor …)"), so word similarity alone
 * pairs a Perda on bangunan with one on urusan pemerintahan; the titles tell them apart.
 */

/** The law an item cites: its kind, number and year ("undang-undang 23/2014"), and its title ("pemerintahan daerah"). */
export interface CitedLaw {
  id: string | null;
  title: string | null;
}

/** The first citation of a law by kind, number and year; the kind ends where "Nomor" starts. */
const CITATION = /((?:Undang-Undang|Peraturan|Keputusan|Instruksi|Surat Edaran)\b[^;:()]*?)\s+Nomor\s*:?\s*(\S.{0,24}?)\s+Tahun\s+(\d{4})/i;
/** The title: after the first "tentang", up to the promulgation note, the amendment history or the item's end. */
const TITLE = /\btentang\s+(.*?)\s*(?:\(|\bsebagaimana\b|\byang telah\b|;|\.\s*$|$)/i;

/** The law cited by an item's text (`id` and `title` null where the text does not say). */
export function citedLaw(text: string): CitedLaw {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (/^(?:Pasal\s.*?)?Undang-Undang Dasar\b/i.test(flat)) return { id: 'undang-undang dasar', title: null };
  const c = CITATION.exec(flat);
  const id = c ? `${(c[1] as string).toLowerCase()} ${(c[2] as string).toLowerCase().replace(/[\s.]+/g, '')}/${c[3]}` : null;
  const t = TITLE.exec(flat);
  const title = t && (t[1] as string).trim() !== '' ? (t[1] as string).toLowerCase().replace(/[,.]$/, '') : null;
  return { id, title };
}

/** Words that say nothing about a title's subject. */
const TITLE_STOP = new Set(['dan', 'atau', 'serta', 'di', 'ke', 'dari', 'yang', 'dalam', 'untuk', 'tentang', 'antara', 'dengan', 'bagi', 'pada', 'oleh']);

/** Dice of the subject words of two titles. */
function titleSimilarity(a: string, b: string): number {
  const words = (t: string) => new Set(t.split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== '' && !TITLE_STOP.has(w)));
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Titles of at least this word similarity are on the same subject (a successor law). */
const SAME_SUBJECT = 0.4;

/** True unless the two items plainly cite different laws: another kind, number or year, and a title on another subject. */
export function mayBeSameLaw(a: CitedLaw, b: CitedLaw): boolean {
  if (a.id === null || b.id === null || a.id === b.id) return true;
  return a.title !== null && b.title !== null && titleSimilarity(a.title, b.title) >= SAME_SUBJECT;
}
