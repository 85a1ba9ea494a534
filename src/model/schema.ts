/**
 * The Perda document schema: the whole kerangka of a Peraturan Daerah (drafting-rules.md 1.1) as
 * ProseMirror node specs, kept as plain data so that the core, the renderer, the importer and
 * every export share one definition. Numbers are never stored as identity: each structural unit
 * carries an immutable random `uid`; its number is derived by `numbering.ts`.
 *
 * Attributes shared by numbered units:
 * - `uid`: immutable random id (see `uid.ts`).
 * - `baseNum`: the number the unit had in the base text (e.g. "7", "1", "II", "Kesatu", "b"),
 *   or null for a unit born in this draft. In *perubahan* mode units with a `baseNum` keep it and
 *   inserted units get suffixes (7A, (1a), IIA); in *penggantian* mode it is ignored.
 * - `deleted`: in *perubahan* mode a unit of the base that was removed stays in place and prints
 *   "Dihapus."; its content is kept so nothing is lost and it can be restored.
 */
import { Schema, type NodeSpec, type MarkSpec } from 'prosemirror-model';

/** Attributes every numbered structural unit carries. */
const unitAttrs = {
  uid: { default: '' },
  baseNum: { default: null },
  deleted: { default: false },
};

/** Body of a Pasal without ayat, of an ayat, and of a list item: text with nested lists. */
const bodyContent = 'para (list | para)*';

/** The node specs of the Perda schema, in the order the kerangka prints them. */
export const nodeSpecs: Record<string, NodeSpec> = {
  /**
   * The whole document. `mode` is the numbering mode; `kind` is "perda" for a regulation and
   * "perubahan" for an amending instrument (Pasal I/II with change items).
   */
  doc: {
    content: 'judul pembukaan batangTubuh penutup penjelasan? lampiran*',
    attrs: { mode: { default: 'penggantian' }, kind: { default: 'perda' } },
  },

  /** A paragraph of text. `role` names special paragraphs (e.g. "pengundangan", "ditetapkan"). */
  para: {
    content: 'inline*',
    attrs: { role: { default: null } },
    group: 'block',
    parseDOM: [{ tag: 'p' }],
    toDOM: (node) => ['p', node.attrs.role ? { 'data-role': node.attrs.role } : {}, 0],
  },

  /** The title line of a BAB, Bagian or Paragraf (the number is derived, the title is text). */
  heading: {
    content: 'text*',
    marks: '',
    toDOM: () => ['div', { class: 'unit-title' }, 0],
  },

  /**
   * Judul. `prefix` is the kind and region ("PERATURAN DAERAH KOTA BATAM"); `nomor` and `tahun`
   * are empty for a draft (printed as "..."); the content is the name after "TENTANG".
   */
  judul: {
    content: 'text*',
    marks: '',
    attrs: { uid: { default: '' }, prefix: { default: '' }, nomor: { default: '' }, tahun: { default: '' } },
    toDOM: () => ['header', { class: 'judul' }, 0],
  },

  /** Pembukaan: frasa, jabatan pembentuk, konsiderans, dasar hukum, diktum. */
  pembukaan: {
    content: 'frasa jabatan konsiderans dasarHukum diktum',
    toDOM: () => ['section', { class: 'pembukaan' }, 0],
  },
  /** "DENGAN RAHMAT TUHAN YANG MAHA ESA". */
  frasa: { content: 'text*', marks: '', toDOM: () => ['div', { class: 'frasa' }, 0] },
  /** Jabatan pembentuk, e.g. "WALI KOTA BATAM,". */
  jabatan: { content: 'text*', marks: '', toDOM: () => ['div', { class: 'jabatan' }, 0] },
  /** "Menimbang": items lettered a., b., ... (a single item is not lettered). */
  konsiderans: {
    content: 'item+',
    attrs: { uid: { default: '' } },
    toDOM: () => ['section', { class: 'konsiderans' }, 0],
  },
  /** "Mengingat": items numbered 1., 2., ... */
  dasarHukum: {
    content: 'item+',
    attrs: { uid: { default: '' } },
    toDOM: () => ['section', { class: 'dasar-hukum' }, 0],
  },
  /** Diktum: "Dengan Persetujuan Bersama ...", "MEMUTUSKAN:", "Menetapkan : ...". */
  diktum: { content: 'para+', toDOM: () => ['section', { class: 'diktum' }, 0] },

  /** Batang Tubuh: BAB, or Pasal directly when the Perda has no BAB. */
  batangTubuh: {
    content: 'pasal* bab*',
    toDOM: () => ['section', { class: 'batang-tubuh' }, 0],
  },
  /** BAB (Roman numbers), with its title; holds Pasal or Bagian. */
  bab: {
    content: 'heading pasal* bagian*',
    attrs: unitAttrs,
    defining: true,
    toDOM: () => ['section', { class: 'bab' }, 0],
  },
  /** Bagian (ordinal words, restarting in each BAB), with its title. */
  bagian: {
    content: 'heading pasal* paragraf*',
    attrs: unitAttrs,
    defining: true,
    toDOM: () => ['section', { class: 'bagian' }, 0],
  },
  /** Paragraf (Arabic, restarting in each Bagian), only inside a Bagian. */
  paragraf: {
    content: 'heading pasal*',
    attrs: unitAttrs,
    defining: true,
    toDOM: () => ['section', { class: 'paragraf' }, 0],
  },
  /**
   * Pasal: either ayat, or text with lists. In an amending instrument Pasal I holds change items.
   */
  pasal: {
    content: `ayat+ | (para (list | para | changeItem)*)`,
    attrs: unitAttrs,
    defining: true,
    toDOM: () => ['section', { class: 'pasal' }, 0],
  },
  /** Ayat, numbered (1), (2), ... within its Pasal. */
  ayat: {
    content: bodyContent,
    attrs: unitAttrs,
    defining: true,
    toDOM: () => ['div', { class: 'ayat' }, 0],
  },
  /**
   * A list (tabulasi). `style` fixes the marker kind ("huruf" a., "angka" 1., "hurufKurung" a),
   * "angkaKurung" 1)); null derives it from the depth: a. -> 1. -> a) -> 1).
   */
  list: {
    content: 'item+',
    attrs: { style: { default: null } },
    toDOM: () => ['div', { class: 'list' }, 0],
  },
  /** A list item (huruf / angka), also used for Menimbang and Mengingat items. */
  item: {
    content: bodyContent,
    attrs: unitAttrs,
    defining: true,
    toDOM: () => ['div', { class: 'item' }, 0],
  },

  /**
   * One numbered change item of Pasal I of an amending instrument. `action` is "diubah",
   * "disisipkan", "dihapus" or "ditambah"; the first paragraph is the instruction, what follows
   * restates the units (their numbers are taken literally from `baseNum`).
   */
  changeItem: {
    content: 'para (para | bab | bagian | paragraf | pasal | ayat | list)*',
    attrs: { uid: { default: '' }, action: { default: 'diubah' }, baseNum: { default: null } },
    toDOM: () => ['div', { class: 'change-item' }, 0],
  },

  /** Penutup: pengundangan formula, ditetapkan/diundangkan blocks, Lembaran Daerah and NOREG. */
  penutup: { content: 'para*', toDOM: () => ['section', { class: 'penutup' }, 0] },

  /** Penjelasan: I. UMUM and II. PASAL DEMI PASAL. */
  penjelasan: {
    content: 'penjelasanUmum penjelasanPasalDemiPasal',
    attrs: { uid: { default: '' } },
    toDOM: () => ['section', { class: 'penjelasan' }, 0],
  },
  /** Penjelasan umum: free text. */
  penjelasanUmum: { content: 'para*', toDOM: () => ['section', { class: 'penjelasan-umum' }, 0] },
  /** Penjelasan pasal demi pasal: one entry per Pasal. */
  penjelasanPasalDemiPasal: {
    content: 'penjelasanPasal*',
    toDOM: () => ['section', { class: 'penjelasan-pasal-demi-pasal' }, 0],
  },
  /**
   * The Penjelasan entry of one Pasal: `target` is the Pasal's uid (null if not linked), `label`
   * the heading it had when imported (used when the target is gone). Content "Cukup jelas." or
   * explanations, per ayat where needed ("Ayat (1)" paragraphs).
   */
  penjelasanPasal: {
    content: 'para+',
    attrs: { uid: { default: '' }, target: { default: null }, label: { default: '' } },
    toDOM: () => ['section', { class: 'penjelasan-pasal' }, 0],
  },

  /** A Lampiran, kept as text blocks. `title` is e.g. "LAMPIRAN I". */
  lampiran: {
    content: 'para*',
    attrs: { uid: { default: '' }, title: { default: 'LAMPIRAN' } },
    toDOM: () => ['section', { class: 'lampiran' }, 0],
  },

  /** Inline text. */
  text: { group: 'inline' },
  /** A line break inside a paragraph (signature blocks). */
  hardBreak: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
  /**
   * A live cross-reference. `target` is the uid of the unit referred to, `to` the uid of the last
   * unit of a range ("Pasal 7 sampai dengan Pasal 9"), `text` the label as last rendered (shown
   * when the target is gone). The label itself is derived by `labels.ts`.
   */
  ref: {
    inline: true,
    group: 'inline',
    atom: true,
    attrs: { target: { default: '' }, to: { default: null }, text: { default: '' } },
    leafText: (node) => node.attrs.text as string,
    toDOM: (node) => ['span', { class: 'ref', 'data-target': node.attrs.target }, node.attrs.text],
  },
};

/** Inline marks: emphasis (foreign terms are printed in italics) and strong. */
export const markSpecs: Record<string, MarkSpec> = {
  em: { parseDOM: [{ tag: 'i' }, { tag: 'em' }], toDOM: () => ['em', 0] },
  strong: { parseDOM: [{ tag: 'b' }, { tag: 'strong' }], toDOM: () => ['strong', 0] },
};

/** The one Perda schema used everywhere. */
export const perdaSchema = new Schema({ nodes: nodeSpecs, marks: markSpecs });

/** Node type names of the units that carry a derived number. */
export const NUMBERED_UNITS = ['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'item'] as const;

/** A numbered unit's type name. */
export type NumberedUnit = (typeof NUMBERED_UNITS)[number];

/** The numbering modes of a document (architecture.md, decision 2). */
export type NumberingMode = 'penggantian' | 'perubahan';

/** What a document is: a regulation, or an amending instrument (Pasal I / Pasal II). */
export type DocKind = 'perda' | 'perubahan';
