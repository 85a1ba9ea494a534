/**
 * Lampiran items of an instrument (drafting-rules.md 3.4.2 F19 and the forms drafters write:
 * "Ketentuan Lampiran II … diubah sehingga menjadi sebagaimana tercantum dalam Lampiran II yang
 * merupakan bagian tidak terpisahkan dari Peraturan Daerah ini", "Ketentuan huruf A, huruf B, dan
 * huruf D Lampiran I … diubah …"). They are read — which Lampiran (and which parts of it) of the
 * base, replaced by which Lampiran of the instrument. A whole Lampiran replaced by a Lampiran the
 * instrument carries is applied: the base's Lampiran keeps its place, uid, title and signature
 * and takes the instrument's body. So are lettered sections ("huruf A, huruf B, dan huruf D"),
 * when both Lampiran set exactly those letters apart at their top level (`lampiran-sections.ts`):
 * each named section is replaced, the others stay. Anything else is not (parts named by BAB or
 * angka, a letter missing on either side, a Lampiran the instrument does not carry): a Lampiran is
 * kept as text, not as units, so it would be a guess; the report says why and that the item needs
 * the Lampiran document.
 */
import type { Node } from 'prosemirror-model';
import type { NodeJson } from '../model/doc-json';
import type { Instruction } from './instruction';
import type { ApplyReportEntry } from './types';
import { lampiranParts, sectionsByLetter, type LampiranParts, type LampiranSection } from './lampiran-sections';

/** What a Lampiran item names. */
export interface LampiranReading {
  /** Roman number of the base Lampiran ("" when the Perda has one Lampiran). */
  base: string;
  /** Parts of it named by the item ("huruf A", "BAB V", "angka 3"). */
  parts: string[];
  /** Roman number of the instrument's Lampiran that replaces it ("" when unnumbered), or null when the item names none. */
  replacement: string | null;
}

const ROMAN = '([IVXLC]+)(?![A-Za-z])';

/** Read a Lampiran item's sentence (citation already stripped). */
export function readLampiranItem(ins: Instruction): LampiranReading {
  const text = ins.text;
  const verb = /\b(diubah|disempurnakan|diganti|dihapus\w*|ditambah\w*|disisip\w*)\b/i.exec(text);
  const pre = verb ? text.slice(0, verb.index) : text;
  const post = verb ? text.slice(verb.index) : '';
  const base = new RegExp(`\\bLampiran(?:\\s+${ROMAN})?`, 'i').exec(pre)?.[1] ?? '';
  const parts = [
    ...[...pre.matchAll(/\bhuruf\s+([A-Za-z])\b/g)].map((m) => `huruf ${m[1]}`),
    ...[...pre.matchAll(/\bBAB\s+([IVXLC]+)\b/gi)].map((m) => `BAB ${(m[1] ?? '').toUpperCase()}`),
    ...[...pre.matchAll(/\bangka\s+(\d+)\b/gi)].map((m) => `angka ${m[1]}`),
  ];
  const rep = new RegExp(`tercantum\\s+dalam\\s+Lampiran(?:\\s+${ROMAN})?`, 'i').exec(post);
  return {
    base: base.toUpperCase(),
    parts,
    replacement: rep ? (rep[1] ?? '').toUpperCase() : null,
  };
}

/** How the report names a Lampiran by its number ("II" -> "Lampiran II"; "" -> "Lampiran"). */
export function lampiranName(num: string): string {
  return num ? `Lampiran ${num}` : 'Lampiran';
}

/** The Roman number a Lampiran's title gives it ("LAMPIRAN II" -> "II"; "" when unnumbered). */
export function numberOfTitle(title: unknown): string {
  return (/^LAMPIRAN\s+([IVXLC]+)\b/i.exec(String(title ?? '').trim())?.[1] ?? '').toUpperCase();
}

/** Roman numbers of the Lampiran an instrument carries ("" for a single unnumbered one). */
function lampiranOf(instrument: Node): string[] {
  const out: string[] = [];
  instrument.forEach((part) => {
    if (part.type.name === 'lampiran') out.push(numberOfTitle(part.attrs.title));
  });
  return out;
}

/** The one Lampiran of `all` numbered `num` (for "": the only Lampiran there is), or null. */
function theLampiran<T>(all: readonly T[], titleOf: (x: T) => unknown, num: string): T | null {
  if (num === '' && all.length === 1) return all[0] as T;
  const found = all.filter((x) => numberOfTitle(titleOf(x)) === num);
  return found.length === 1 ? (found[0] as T) : null;
}

/**
 * The one Lampiran of the document JSON `doc` a sentence names ("Lampiran II"; "Lampiran": the only
 * one), or null.
 */
export function lampiranNamed(doc: NodeJson, sentence: string): NodeJson | null {
  const num = new RegExp(`\\bLampiran(?:\\s+${ROMAN})?`, 'i').exec(sentence)?.[1] ?? '';
  return theLampiran((doc.content ?? []).filter((n) => n.type === 'lampiran'), (x) => x.attrs?.title, num.toUpperCase());
}

/** The letters of the sections an item names ("huruf A" -> "A"), or null when it names other parts (BAB, angka). */
function sectionLetters(parts: readonly string[]): string[] | null {
  const letters = parts.map((p) => /^huruf ([A-Za-z])$/.exec(p)?.[1]?.toUpperCase());
  return letters.every((l) => l !== undefined) ? (letters as string[]) : null;
}

/** Why the sections `letters` of the base Lampiran cannot be replaced by those of the instrument's, or null. */
function sectionsRefused(letters: readonly string[], olds: LampiranParts, news: LampiranParts, baseName: string, repName: string): string | null {
  const oldBy = sectionsByLetter(olds);
  const newBy = sectionsByLetter(news);
  if (!oldBy || !newBy) return `Satu huruf tercantum dua kali pada tingkat teratas ${!oldBy ? `${baseName} naskah dasar` : `${repName} Peraturan Daerah perubahan`}, sehingga bagiannya tidak dapat ditentukan.`;
  const missingOld = letters.filter((l) => !oldBy.has(l));
  if (missingOld.length > 0) return `Huruf ${missingOld.join(', ')} tidak terdapat pada tingkat teratas ${baseName} naskah dasar.`;
  const missingNew = letters.filter((l) => !newBy.has(l));
  if (missingNew.length > 0) return `Huruf ${missingNew.join(', ')} tidak terdapat dalam ${repName} Peraturan Daerah perubahan.`;
  const extra = [...newBy.keys()].filter((l) => !letters.includes(l));
  if (extra.length > 0) return `${repName} Peraturan Daerah perubahan memuat juga huruf ${extra.join(', ')} yang tidak disebut butir.`;
  return null;
}

/** The base paragraphs `olds` with the sections `letters` put in from the instrument's paragraphs `news`. */
function withSections(letters: readonly string[], olds: readonly NodeJson[], oldParts: LampiranParts, news: readonly NodeJson[], newParts: LampiranParts): NodeJson[] {
  const newBy = sectionsByLetter(newParts) as Map<string, LampiranSection>;
  const out: NodeJson[] = [];
  let at = 0;
  for (const s of oldParts.sections) {
    const put = newBy.get(s.letter);
    if (!letters.includes(s.letter) || !put) continue;
    out.push(...olds.slice(at, s.from), ...news.slice(put.from, put.to));
    at = s.to;
  }
  return [...out, ...olds.slice(at)];
}

/**
 * Apply a Lampiran item to the document JSON `doc` when it replaces a whole Lampiran of the base,
 * or some of its lettered sections, by what the instrument carries (see the header and
 * `lampiran-sections.ts`); otherwise the report line of `lampiranEntry` with the reason, and
 * nothing changes.
 */
export function applyLampiranItem(doc: NodeJson, ins: Instruction, instrument: Node): Omit<ApplyReportEntry, 'item'> {
  const r = readLampiranItem(ins);
  const action = ins.action ?? 'diubah';
  const letters = sectionLetters(r.parts);
  if (!letters || r.replacement === null || !/^(diubah|diganti|disempurnakan)$/.test(action)) return lampiranEntry(ins, instrument);
  const replacements: Node[] = [];
  instrument.forEach((part) => {
    if (part.type.name === 'lampiran') replacements.push(part);
  });
  const from = theLampiran(replacements, (x) => x.attrs.title, r.replacement);
  const bases = (doc.content ?? []).filter((n) => n.type === 'lampiran');
  const target = theLampiran(bases, (x) => x.attrs?.title, r.base);
  const refused = (why: string) => {
    const entry = lampiranEntry(ins, instrument);
    return { ...entry, message: `${entry.message} ${why}` };
  };
  if (!from) return lampiranEntry(ins, instrument);
  if (!target) return refused(`Naskah dasar tidak memuat ${lampiranName(r.base)}${bases.length > 1 && r.base === '' ? ' yang dapat ditentukan (ada lebih dari satu Lampiran)' : ''}.`);
  const baseName = lampiranName(numberOfTitle(target.attrs?.title) || r.base);
  const news = (from.toJSON() as NodeJson).content ?? [];
  const olds = target.content ?? [];
  const newParts = lampiranParts(news);
  const oldParts = lampiranParts(olds);
  if (letters.length === 0) {
    // The instrument's body, under the base's signature.
    target.content = [...news.slice(0, newParts.bodyEnd), ...olds.slice(oldParts.bodyEnd)];
    return { status: 'applied', action, units: [baseName], message: `${baseName} naskah dasar diganti dengan isi ${lampiranName(r.replacement)} Peraturan Daerah perubahan (${newParts.bodyEnd} paragraf).` };
  }
  const why = sectionsRefused(letters, oldParts, newParts, baseName, lampiranName(r.replacement));
  if (why) return refused(why);
  target.content = withSections(letters, olds, oldParts, news, newParts);
  const named = r.parts.join(', ');
  return { status: 'applied', action, units: r.parts.map((p) => `${baseName} ${p}`), message: `${named} ${baseName} naskah dasar diganti dengan ${named} ${lampiranName(r.replacement)} Peraturan Daerah perubahan; bagian lain ${baseName} tetap.` };
}

/** The report line of a Lampiran item: understood, not applied, needs the Lampiran document. */
function lampiranEntry(ins: Instruction, instrument: Node): Omit<ApplyReportEntry, 'item'> {
  const r = readLampiranItem(ins);
  const baseName = lampiranName(r.base);
  const units = r.parts.length ? r.parts.map((p) => `${baseName} ${p}`) : [baseName];
  const what = r.parts.length ? `${r.parts.join(', ')} ${baseName}` : baseName;
  const action = ins.action ?? 'diubah';
  let understood: string;
  let has = true;
  if (action === 'dihapus') understood = `${what} naskah dasar dihapus.`;
  else if (r.replacement !== null) {
    const rep = lampiranName(r.replacement);
    has = lampiranOf(instrument).includes(r.replacement);
    understood = `${what} naskah dasar ${action === 'diubah' ? 'diganti' : action} menjadi sebagaimana tercantum dalam ${rep} Peraturan Daerah perubahan${has ? '' : ` (${rep} tidak terdapat dalam berkas Peraturan Daerah perubahan yang dibaca)`}.`;
  } else understood = `${what} naskah dasar ${action}; butir tidak menyebut Lampiran pengganti.`;
  return {
    status: 'not-applied',
    needs: 'lampiran',
    action,
    units,
    message: `Butir dipahami: ${understood} Tidak diterapkan: Lampiran disimpan sebagai teks, bukan sebagai Pasal atau ayat, sehingga penggantiannya tidak dilakukan otomatis (tidak ditebak). Sesuaikan Lampiran naskah gabungan dengan dokumen Lampiran Peraturan Daerah perubahan.`,
  };
}
