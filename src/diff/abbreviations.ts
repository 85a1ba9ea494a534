/**
 * Abbreviations a text defines for itself ("Dewan Perwakilan Rakyat yang selanjutnya disingkat
 * DPR", "Program Legislasi Nasional yang selanjutnya disebut Prolegnas"), read as their long
 * form where Pasal are compared for similarity. A new Perda that abbreviates what the old one
 * wrote out ("Badan Narkotika Nasional Kota Batam" -> "BNNK") says the same thing; counted word
 * for word, its Pasal shared too little with their old selves to pair (UU 12/2011 Pasal 21,
 * "Penyusunan Prolegnas antara DPR dan Pemerintah dikoordinasikan oleh DPR …", was paired with a
 * Pasal on the Prolegda of the provinces instead of UU 10/2004 Pasal 16, "Penyusunan Program
 * Legislasi Nasional antara Dewan Perwakilan Rakyat dan Pemerintah …").
 *
 * Only the fingerprints (`Token.x`) and the subject words a part opens with (`Token.xw`: "Ormas
 * berhak" opens as "Organisasi Kemasyarakatan berhak" does) change: the words compared for a
 * change are the words written, so "Dewan Perwakilan Rakyat" -> "DPR" still reads as changed, in
 * form only ("hanya singkatan", `swapsAbbreviation` in `abbreviation-forms.ts`). Each text's own
 * definitions expand its own abbreviations, so a unit's fingerprint depends on its document
 * alone. A short form counts only where it reads as an abbreviation of its long form
 * (`abbreviatesWords`): one word, not a word of the long form nor some of its words written as one
 * ("Walikota"), its letters taken in order from two of its words at least, starting with the
 * first letter of one of them ("DPR", "Perda", "Prolegnas", "P4GN", a digit repeating the letter
 * before it). "Kota Batam yang selanjutnya disebut Daerah" and "Badan … yang selanjutnya disebut
 * Badan" define names, not abbreviations, and are left alone.
 */
import { abbreviatesWords } from './abbreviation-forms';
import type { PasalUnit } from './extract';
import { gramHash } from './similarity';
import type { PartUnit } from './pasal-parts';
import { joinParts } from './pasal-parts';
import type { Token } from './tokenize';

/** The long form of an abbreviation: its words' similarity hashes and its words (small letters), in order. */
export interface LongForm {
  hashes: readonly number[];
  words: readonly string[];
}

/** Short form (its key) -> its long form. */
export type Abbreviations = ReadonlyMap<string, LongForm>;

/** The words that name the defining formula ("… yang selanjutnya disingkat / disebut …"). */
const SELANJUTNYA = gramHash('word', 'selanjutnya');
const YANG = gramHash('word', 'yang');
const NAMING = new Set([gramHash('word', 'disingkat'), gramHash('word', 'disebut')]);
/** Words the formula may hold between "selanjutnya" and "disingkat" ("dalam Peraturan Daerah ini disebut"). */
const MAX_FORMULA_GAP = 5;
/** Words a long form may hold in small letters ("Anggaran Pendapatan dan Belanja Daerah"). */
const SMALL = new Set(['dan', 'atau', 'dan/atau', 'di', 'ke', 'dari', 'serta', 'untuk', 'pada', 'bagi']);
/** The longest long form read, in words. */
const MAX_LONG_WORDS = 15;

/** True for a word token written with a capital first. */
function capitalised(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.s);
}

/** The long form before the token at `end` (exclusive; "yang" stands there), or null. */
function longFormBefore(tokens: readonly Token[], end: number): Token[] | null {
  let i = end - 1;
  if (i >= 0 && tokens[i]!.kind === 'punct' && tokens[i]!.k === ',') i--;
  const words: Token[] = [];
  while (i >= 0 && words.length < MAX_LONG_WORDS) {
    const t = tokens[i] as Token;
    // A year or a span of years belongs to the name ("… Daerah Tahun 2016 – 2021").
    if (capitalised(t) || t.kind === 'num' || (t.kind === 'punct' && /^[-–—]$/.test(t.k)) || (t.kind === 'word' && SMALL.has(t.k.toLowerCase()))) words.unshift(t);
    else break;
    i--;
  }
  while (words.length > 0 && !capitalised(words[0] as Token)) words.shift();
  return words.length >= 2 ? words : null;
}

/** True when `short` reads as an abbreviation of the words `long` (see the header). */
function abbreviates(short: Token, long: readonly Token[]): boolean {
  return short.kind === 'word' && abbreviatesWords(short.s, long.filter((t) => t.kind === 'word').map((t) => t.k.toLowerCase()));
}

/** The definition the formula at `i` ("selanjutnya") makes, as [short form, long form], or null. */
function definitionAt(tokens: readonly Token[], i: number): [Token, Token[]] | null {
  if (i < 1 || tokens[i - 1]!.g !== YANG) return null;
  let j = i + 1;
  while (j < tokens.length && j <= i + MAX_FORMULA_GAP && !NAMING.has(tokens[j]!.g)) j++;
  if (j >= tokens.length || !NAMING.has(tokens[j]!.g)) return null;
  j++;
  if (tokens[j]?.k.toLowerCase() === 'dengan') j++;
  const short = tokens[j];
  // One word: the name ends where the sentence goes on ("adalah", a comma, a stop), not with
  // another capital ("Kepala BNNK" is a name of two words).
  const after = tokens[j + 1];
  if (!short || (after !== undefined && capitalised(after))) return null;
  const long = longFormBefore(tokens, i - 1);
  return long && abbreviates(short, long) ? [short, long] : null;
}

/** The abbreviations the Pasal of one text define (the first definition of each short form counts). */
export function definedAbbreviations(pasal: readonly PasalUnit[]): Abbreviations {
  const out = new Map<string, LongForm>();
  for (const p of pasal) {
    const tokens = p.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if ((tokens[i] as Token).g !== SELANJUTNYA) continue;
      const d = definitionAt(tokens, i);
      if (!d || out.has(d[0].k)) continue;
      const words = d[1].filter((t) => t.g >= 0);
      out.set(d[0].k, { hashes: words.map((t) => t.g), words: words.map((t) => t.k.toLowerCase()) });
    }
  }
  return out;
}

/** `tokens` with each abbreviation of `abbr` carrying its long form (`Token.x`); the array itself when it holds none. */
function expanded(tokens: readonly Token[], abbr: Abbreviations): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const long = t.kind === 'word' ? abbr.get(t.k) : undefined;
    if (long === undefined) continue;
    out ??= tokens.slice();
    out[i] = { ...t, x: long.hashes, xw: long.words };
  }
  return out ?? tokens;
}

/** Units read with long forms already, by the unit read and the abbreviations' signature. */
const withLong = new WeakMap<PasalUnit, { signature: string; unit: PasalUnit }>();

/** A signature of a set of abbreviations: equal for equal definitions. */
function signatureOf(abbr: Abbreviations): string {
  return [...abbr].map(([k, v]) => `${k}=${v.hashes.join('.')}`).sort().join('|');
}

/**
 * The Pasal of one text with each abbreviation that text defines (`abbr`) carrying its long
 * form, in its parts and in the Pasal's own token run alike (what pairs the Pasal and what pairs
 * their parts read one fingerprint); a Pasal that holds none is returned as it is. Memoised per
 * unit, so a text compared again keeps its fingerprints.
 */
export function withLongForms(pasal: readonly PasalUnit[], abbr: Abbreviations): PasalUnit[] {
  if (abbr.size === 0) return pasal.slice();
  const signature = signatureOf(abbr);
  return pasal.map((p) => {
    const hit = withLong.get(p);
    if (hit && hit.signature === signature) return hit.unit;
    let changed = false;
    const parts = p.parts.map((part): PartUnit => {
      const tokens = expanded(part.tokens, abbr);
      if (tokens === part.tokens) return part;
      changed = true;
      return { ...part, tokens };
    });
    const unit = changed ? { ...p, parts, tokens: joinParts(parts) } : p;
    withLong.set(p, { signature, unit });
    return unit;
  });
}
