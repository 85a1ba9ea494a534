/**
 * Reading the instruction sentence of a change item (drafting-rules.md 3.4.2 and 7): its
 * action, the units it names before the verb (the place: "ayat (2) Pasal 5", "Di antara Pasal 7
 * dan Pasal 8", "Bab V", "Penjelasan Pasal 5") and after it (the new units: "yakni Pasal 7A dan
 * Pasal 7B", "ditambah 1 (satu) ayat baru yakni ayat (4)"). Tolerates the variants real drafters
 * write: "Diantara", "yaitu", "diubah dan dibaca menjadi", "disempurnakan menjadi", typos such as
 * "disispkan", missing or extra commas, "pasal" in lower case; and the citation of the amended
 * Perda inside the sentence (single-change form, Lampiran items).
 */
import { readDigits } from '../model/misread-digits';
import { actionOf, activeAction } from '../parse/amendment';

/** The operation a sentence asks for. */
export type InstructionAction = 'diubah' | 'disisipkan' | 'dihapus' | 'ditambah';

/** Numbers named in one part of the sentence. */
export interface Mentions {
  pasal: string[];
  ayat: string[];
  angka: string[];
  huruf: string[];
  bab: string[];
  bagian: string[];
  paragraf: string[];
  /** Ranges written "Pasal 24 sampai dengan Pasal 26" (both ends are in the lists above too). */
  ranges: Array<{ type: 'pasal' | 'ayat' | 'angka' | 'huruf'; from: string; to: string }>;
}

/** "sampai dengan", also written "s.d." or "s/d". */
const TO = String.raw`\s+(?:sampai\s+dengan|s\.\s?d\.?|s\/d)\s+`;
const RANGES: ReadonlyArray<[Mentions['ranges'][number]['type'], RegExp, (x: string) => string]> = [
  ['pasal', new RegExp(String.raw`\bpasal\s+(\d+(?:\s?[A-Z](?![a-z]))?)${TO}pasal\s+(\d+(?:\s?[A-Z](?![a-z]))?)`, 'gi'), (x) => x.replace(/\s+/g, '').toUpperCase()],
  ['ayat', new RegExp(String.raw`\bayat\s*\((\d+[a-z]?)\)${TO}ayat\s*\((\d+[a-z]?)\)`, 'gi'), (x) => x.toLowerCase()],
  ['angka', new RegExp(String.raw`\bangka\s+(\d+[a-z]?)${TO}angka\s+(\d+[a-z]?)\b`, 'gi'), (x) => x.toLowerCase()],
  ['huruf', new RegExp(String.raw`\bhuruf\s+([a-z]{1,2}\d*)${TO}huruf\s+([a-z]{1,2}\d*)\b`, 'gi'), (x) => x.toLowerCase()],
];

/** A read instruction. */
export interface Instruction {
  action: InstructionAction | null;
  /** What the sentence is about: body units, the title of a BAB, Bagian or Paragraf, the Penjelasan, a Lampiran, or unknown. */
  scope: 'body' | 'judul' | 'penjelasan' | 'lampiran' | 'unknown';
  /** Units named before the verb (the place). */
  place: Mentions;
  /** Units named after the verb ("yakni …"). */
  added: Mentions;
  /** "Di antara …" / "Setelah …" / "Sebelum …" was used. */
  between: boolean;
  /** Normalised sentence. */
  text: string;
}

const VARIANTS: Array<[RegExp, InstructionAction]> = [
  [/\bdiubah\s+dan\s+dibaca\s+menjadi\b/i, 'diubah'],
  [/\bdisempurnakan\b/i, 'diubah'],
  [/\bdiganti\b/i, 'diubah'],
  [/\bdibaca\s+menjadi\b/i, 'diubah'],
];

const VERB =
  /\b(diubah|dirubah|disempurnakan|diganti|dibaca|disisip\w*|disispkan|disipkan|dihapus\w*|dicabut|ditambah\w*|disisipi)\b/i;

/** Normalise spacing and the common spelling variants. */
export function normaliseInstruction(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/\bDiantara\b/g, 'Di antara')
    .replace(/\bdiantara\b/g, 'di antara')
    .replace(/\(\s*(\d+\s*[a-zA-Z]?)\s*\)/g, (_, n: string) => `(${n.replace(/\s+/g, '')})`)
    .trim();
}

/** The numbers named in a text fragment. */
export function mentionsOf(s: string): Mentions {
  const all = (re: RegExp, fix: (x: string) => string) =>
    [...s.matchAll(re)].map((m) => fix(m[1] ?? ''));
  return {
    // A digit misread as O or l after the first ("Pasal 1O", a scan's text; read as an insertion letter) is read back.
    pasal: all(/\bpasal\s*(\d+(?:\s?[A-Z](?![a-z]))?)/gi, (x) =>
      x.replace(/\s+/g, '').replace(/^(\d[\dOl]*)/, (n) => readDigits(n)).toUpperCase(),
    ),
    ayat: all(/\bayat\s*\((\d+[a-z]?)\)/gi, (x) => x.toLowerCase()),
    angka: all(/\bangka\s+(\d+[a-z]?)\b/gi, (x) => x.toLowerCase()),
    huruf: all(/\bhuruf\s+([a-z]{1,2}\d*)\b/gi, (x) => x.toLowerCase()),
    bab: all(/\bbab\s+([IVXLCDM]+[A-Z]?)\b/gi, (x) => x.toUpperCase()),
    bagian: all(/\bbagian\s+(ke[a-z]+(?:\s+(?:belas|puluh))?(?:\s+[A-Z](?![a-z]))?|pertama\b)/gi, (x) => x),
    paragraf: all(/\bparagraf\s+(\d+[A-Z]?)\b/gi, (x) => x.toUpperCase()),
    ranges: RANGES.flatMap(([type, re, fix]) => [...s.matchAll(re)].map((m) => ({ type, from: fix(m[1] ?? ''), to: fix(m[2] ?? '') }))),
  };
}

const OPERATIVE =
  /\b(diubah|dirubah|disempurnakan|diganti|disisip\w*|disispkan|disipkan|dihapus\w*|dicabut|ditambah\w*)\b/gi;
const CITATION_START =
  /\s*\b(?:dalam\s+)?(?:Peraturan\s+(?:Daerah|Gubernur|Bupati|Wali\s?kota)|Perda)\b/i;

/**
 * The sentence without the amended Perda's citation before its verb, as the single-change form
 * writes it (drafting-rules.md 3.4.1 Contoh 2: "Ketentuan Pasal 5 dalam Peraturan Daerah … (Lembaran
 * Daerah …) diubah sehingga …") and as drafters write Lampiran items ("Ketentuan Lampiran II
 * Peraturan Daerah Nomor 8 Tahun 2023 tentang … diubah …"). The verb kept is the last one, so a
 * citation "sebagaimana telah diubah dengan …" is removed with the rest.
 */
export function stripCitation(text: string): string {
  const verbs = [...text.matchAll(OPERATIVE)];
  const last = verbs[verbs.length - 1];
  if (!last || last.index === undefined) return text;
  const start = CITATION_START.exec(text.slice(0, last.index));
  if (!start) return text;
  return `${text.slice(0, start.index).trimEnd()} ${text.slice(last.index)}`.trim();
}

/** The first word of a sentence, and the spaces after it. */
const FIRST_WORD = /^(\p{L}+)\s+/u;
/** Where an insertion goes, as the active voice writes it after the new units' count. */
const INSERT_PLACE =
  /,?\s*\b(?:di\s?antara\s+.+?\s+dan\s+(?:ayat\s*\(\w+\)|(?:angka|huruf|pasal|bab)\s+\w+)(?:\s+pasal\s+\w+)?|(?:pada|dalam|ke\s+dalam|setelah|sesudah|sebelum)\s+(?:ketentuan\s+)?(?:(?:ayat\s*\(\w+\)|angka\s+\w+|huruf\s+\w+)\s+)*(?:pasal|bab)\s+\w+)/i;

/**
 * An instruction in the active voice of older instruments, in the passive voice of Lampiran II:
 * "Mengubah ketentuan Pasal 5 sehingga …" -> "ketentuan Pasal 5 diubah sehingga …", "Menghapus
 * Pasal 6." -> "Pasal 6 dihapus.", "Menyisipkan 1 (satu) pasal di antara Pasal 9 dan Pasal 10,
 * yakni Pasal 9A sehingga …" -> "di antara Pasal 9 dan Pasal 10 disisipkan 1 (satu) pasal, yakni
 * Pasal 9A sehingga …". Other sentences are returned as they are.
 */
export function passiveOf(text: string): string {
  const m = FIRST_WORD.exec(text);
  const verb = m ? activeAction(m[1] as string) : undefined;
  if (!m || !verb) return text;
  const rest = text.slice(m[0].length);
  const cut = rest.search(/,?\s*\b(?:sehingga|yang\s+berbunyi)\b/i);
  let body = cut >= 0 ? rest.slice(0, cut) : rest.replace(/\.\s*$/, '');
  const tail = cut >= 0 ? ` ${rest.slice(cut).replace(/^,?\s*/, '')}` : rest.endsWith('.') ? '.' : '';
  if (verb === 'disisipkan' || verb === 'ditambah') {
    const place = INSERT_PLACE.exec(body);
    if (!place) return text;
    body = `${place[0].replace(/^,?\s*/, '')} ${verb} ${`${body.slice(0, place.index)}${body.slice(place.index + place[0].length)}`.trim()}`;
    return `${body}${tail}`;
  }
  return `${body} ${verb}${tail}`;
}

/** Read an instruction sentence. */
export function readInstruction(
  raw: string,
  fallback: InstructionAction | null = null,
): Instruction {
  const text = stripCitation(passiveOf(normaliseInstruction(raw)));
  let action: InstructionAction | null = null;
  for (const [re, a] of VARIANTS)
    if (re.test(text)) {
      action = a;
      break;
    }
  action ??= actionOf(text) ?? fallback;
  const verb = VERB.exec(text);
  const cut = verb ? verb.index : text.search(/\bsehingga\b/i);
  const pre = cut >= 0 ? text.slice(0, cut) : text;
  let post = cut >= 0 ? text.slice(cut) : '';
  post = post.replace(/\bsehingga\b.*$/i, '');
  let scope: Instruction['scope'] = 'body';
  const place = mentionsOf(pre);
  if (/^(?:ketentuan\s+)?penjelasan\b/i.test(text)) scope = 'penjelasan';
  // "Ketentuan Pasal 3 substansi tetap dan penjelasannya diubah …", "Pasal 2 ayat (2) substansi tetap,
  // penjelasan pasal diubah …": the Pasal stays, its explanation changes.
  else if (/\btetap\b/i.test(pre) && /\bpenjelasan(?:nya|\s+pasal(?:nya)?)\s+diubah\b/i.test(text)) scope = 'penjelasan';
  else if (/\blampiran\b/i.test(pre) && place.pasal.length === 0 && place.bab.length === 0)
    scope = 'lampiran';
  else if (/\bjudul\s+(?:bab|bagian|paragraf)\b/i.test(pre)) scope = 'judul';
  if (action === null) scope = 'unknown';
  return {
    action,
    scope,
    place,
    added: mentionsOf(post),
    between: /\b(di antara|setelah|sesudah|sebelum)\b/i.test(pre),
    text,
  };
}
