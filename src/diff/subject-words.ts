/**
 * The subject of a part, as a reader tells two parts apart: its content words in order, without
 * the stock words of drafting formulas ("Ketentuan lebih lanjut mengenai", "sebagaimana dimaksud
 * pada", "Setiap orang") and without references. Two parts open alike when they share at least
 * `MIN_OPENING` such words at their start ("Pembinaan kemampuan profesi …"); they read alike when
 * they open alike or share nearly all their subject words (one word reworded in ten).
 */
import { compoundParts } from './compounds';
import { refsAsWritten } from './references';
import { REFERENCE_KINDS, type Token } from './tokenize';

/** Words in common at the start of both parts (stock words and references not counted). */
const MIN_OPENING = 3;

/** Or: share of their subject words two parts have in common (one word reworded in ten). */
const MIN_SUBJECT_DICE = 0.7;

/**
 * Words of drafting formulas and function words: they say nothing of a part's subject; nor does
 * the formula opening a transitional provision, "Pada saat Peraturan Daerah ini mulai berlaku,
 * maka …" (two such Pasal of unrelated laws opened alike by it).
 */
const STOCK_WORDS = new Set([
  'ketentuan', 'lebih', 'lanjut', 'mengenai', 'sebagaimana', 'dimaksud', 'pada', 'dalam', 'diatur',
  'dengan', 'peraturan', 'daerah', 'ini', 'yang', 'dan', 'atau', 'dan/atau', 'serta', 'di', 'ke',
  'dari', 'oleh', 'untuk', 'setiap', 'orang', 'badan', 'adalah', 'huruf', 'angka', 'ayat', 'pasal',
  'saat', 'mulai', 'berlaku', 'maka',
]);

/** The subject words of a run in order: content words, lower case, without stock words and references. */
export function subjectWords(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const t of refsAsWritten(tokens)) {
    if (t.g < 0 || REFERENCE_KINDS.has(t.kind)) continue;
    // An abbreviation its text defines is its long form ("Ormas": "organisasi kemasyarakatan"),
    // unless that is stock words alone ("Perda": "peraturan daerah"), which would leave nothing.
    const long = t.xw?.filter((w) => !STOCK_WORDS.has(w)) ?? [];
    if (long.length > 0) words.push(...long);
    else words.push(...contentWords(t.k.toLowerCase()));
  }
  return words;
}

/**
 * The subject words of one word, as the same words written apart would give them: itself, or a
 * compound's words ("warganegara": "warga", "negara"), stock words left out.
 */
function contentWords(word: string): readonly string[] {
  return (compoundParts(word) ?? [word]).filter((w) => !STOCK_WORDS.has(w));
}

/** How many subject words two word lists share at their start. */
export function sharedOpening(x: readonly string[], y: readonly string[]): number {
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** How many words two word lists have in common, as multisets. */
function commonWords(x: readonly string[], y: readonly string[]): number {
  const left = new Map<string, number>();
  for (const w of x) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of y) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      common++;
      left.set(w, n - 1);
    }
  }
  return common;
}

/** Dice of two word lists as multisets: 2 x words in common / both lengths. */
function wordDice(x: readonly string[], y: readonly string[]): number {
  if (x.length + y.length === 0) return 0;
  return (2 * commonWords(x, y)) / (x.length + y.length);
}

/** Dice of the subject words of two runs (multisets; stock words and references left out). */
export function subjectDice(a: readonly Token[], b: readonly Token[]): number {
  return wordDice(subjectWords(a), subjectWords(b));
}

/** Two parts read alike: the same opening subject, or nearly all the same subject words. */
export function readAlike(a: readonly Token[], b: readonly Token[]): boolean {
  return wordsAlike(subjectWords(a), subjectWords(b));
}

/** Two subject word lists read alike: the same opening, or nearly all the same words. */
function wordsAlike(x: readonly string[], y: readonly string[]): boolean {
  return sharedOpening(x, y) >= MIN_OPENING || wordDice(x, y) >= MIN_SUBJECT_DICE;
}

/** The verbs with which a delegation names the rule that will say it ("… diatur dengan Peraturan Pemerintah"). */
const DELEGATING = new Set(['diatur', 'ditetapkan']);

/**
 * Whether two delegations ("Ketentuan lebih lanjut mengenai syarat dan tata cara penyaluran
 * Narkotika diatur dengan Peraturan Menteri") are about the same thing, by their subject words
 * before the delegating verb (the rule each names is no subject); null where either says too
 * little to tell ("Pelaksanaan ketentuan sebagaimana dimaksud dalam Pasal 49 diatur …": its
 * subject is the Pasal it cites).
 */
export function delegateAlike(a: readonly Token[], b: readonly Token[]): boolean | null {
  const before = (tokens: readonly Token[]) => {
    const at = tokens.findIndex((t) => DELEGATING.has(t.k.toLowerCase()));
    return subjectWords(at < 0 ? tokens : tokens.slice(0, at));
  };
  const x = before(a);
  const y = before(b);
  return x.length < 2 || y.length < 2 ? null : wordsAlike(x, y) || widened(x, y);
}

/**
 * One subject is the other widened: every word of the shorter (three at least) is in the longer
 * ("Susunan tarif jasa telekomunikasi" and "Susunan tarif penyelenggaraan jaringan
 * telekomunikasi dan atau tarif penyelenggaraan jasa telekomunikasi", UU 3/1989 Pasal 17 and
 * UU 36/1999 Pasal 27).
 */
function widened(x: readonly string[], y: readonly string[]): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < MIN_OPENING) return false;
  return commonWords(short, long) === short.length;
}

/** The first `MIN_OPENING` subject words of a run, as one key (two runs with one key open alike), or null for a run with fewer. */
export function openingKey(tokens: readonly Token[]): string | null {
  return openingKeyOf(subjectWords(tokens));
}

/** `openingKey` of a run's subject words (`subjectWords`) already read. */
export function openingKeyOf(words: readonly string[]): string | null {
  return words.length >= MIN_OPENING ? words.slice(0, MIN_OPENING).join(' ') : null;
}

/** Two runs open with the same subject: at least `MIN_OPENING` subject words in common at their start. */
export function opensAlike(a: readonly Token[], b: readonly Token[]): boolean {
  return sharedOpening(subjectWords(a), subjectWords(b)) >= MIN_OPENING;
}
