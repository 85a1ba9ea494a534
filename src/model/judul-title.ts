/**
 * The Judul as it prints: "PERATURAN DAERAH KOTA BATAM NOMOR 5 TAHUN 2010 TENTANG ...", with "..."
 * for the number and year of a draft. One formula for the exports and the comparison.
 */
import type { Node } from 'prosemirror-model';

/** The parts of a printed Judul, and the whole title. */
export interface JudulTitle {
  /** "PERATURAN DAERAH KOTA BATAM". */
  prefix: string;
  /** The name after TENTANG, in capitals. */
  name: string;
  /** Nomor and tahun as printed ("..." for a draft or when empty). */
  nomor: string;
  tahun: string;
  /** Nomor and tahun as stored (may be empty). */
  rawNomor: string;
  rawTahun: string;
  /** A draft prints no number and year. */
  draft: boolean;
  title: string;
}

/**
 * The printed Judul of `doc`. `defaultPrefix` stands in when the Judul has none; `draft` forces
 * (or rules out) the draft form, which otherwise applies when the number or year is empty.
 */
export function judulTitle(doc: Node, defaultPrefix: string, draftOverride?: boolean): JudulTitle {
  const judul = doc.firstChild?.type.name === 'judul' ? doc.firstChild : null;
  const rawNomor = String(judul?.attrs.nomor ?? '').trim();
  const rawTahun = String(judul?.attrs.tahun ?? '').trim();
  const draft = draftOverride ?? (rawNomor === '' || rawTahun === '');
  const prefix = String(judul?.attrs.prefix ?? '').trim() || defaultPrefix;
  const name = (judul?.textContent ?? '').trim().toUpperCase();
  const nomor = draft || !rawNomor ? '...' : rawNomor;
  const tahun = draft || !rawTahun ? '...' : rawTahun;
  return { prefix, name, nomor, tahun, rawNomor, rawTahun, draft, title: `${prefix} NOMOR ${nomor} TAHUN ${tahun} TENTANG ${name}` };
}
