/**
 * Types of the comparison core: what `compareDocs` returns and what the CLI, the UI table
 * (matriks perbandingan) and the amending-instrument generator read.
 *
 * Status of a matched or unmatched unit (see `docs` in `compare.ts` for the exact rules):
 * - `unchanged`: same text, same number, same place.
 * - `renumbered`: same text, other number, same relative order and same BAB.
 * - `moved`: same text, but its order among matched units changed or it went to another BAB.
 * - `changed`: matched and the text differs (number and place may also differ; see the flags).
 * - `inserted` / `deleted`: no counterpart.
 * - `split`: one old unit became several new ones (one row per new unit).
 * - `merged`: several old units became one new unit (one row for the new unit).
 */
import type { BodyPositions } from './body-order';

/** The status of one unit pair. */
export type UnitStatus =
  | 'unchanged'
  | 'changed'
  | 'inserted'
  | 'deleted'
  | 'moved'
  | 'renumbered'
  | 'split'
  | 'merged';

/** One piece of a word diff: text kept, inserted (new only) or deleted (old only). */
export interface Segment {
  op: 'equal' | 'insert' | 'delete';
  /** The text (for an equal run: as the new side prints it). */
  text: string;
  /**
   * For an equal run: how the old side prints it, when that differs (an ayat marker or a
   * reference that only followed the renumbering: "(1)" / "(2)", "Pasal 4 ayat (1)" / "Pasal 11
   * ayat (2)"), so the old column quotes the old text.
   */
  old?: string;
  /**
   * On a deletion and the insertion right after it that print alike: a reference that reads the
   * same but points at another unit, because the units around it were renumbered (old "ayat (2)",
   * whose ayat is now ayat (3); new "ayat (2)", another ayat).
   */
  repointed?: true;
  /** On such a deletion: the unit it pointed at, as the new text numbers it ("ayat (4)"), when known. */
  was?: string;
}

/** One side of a row: which unit it is in its document. */
export interface UnitRef {
  uid: string;
  /** The label from `numberDocument`: "Pasal 7A", "Pasal 3 ayat (2)", "Menimbang huruf b", "BAB II". */
  label: string;
  /** The unit's text as printed (blocks separated by "\n"). */
  text: string;
  /** For an ayat or list item: the marker it prints before its text ("(2)", "a."; "" for loose text). */
  marker?: string;
  /**
   * How each line of `text` is set (one line per ayat, item or paragraph of a Pasal), as the
   * printed Perda sets it; absent where the unit has no such structure (titles, Menimbang items).
   */
  lines?: LineLayout[];
  /**
   * For a row that shows only a portion of the unit (a later piece of a split Pasal shows what it
   * took of the old Pasal): the unit's text before that portion, so a phrase chosen in the row
   * is found again in the whole unit.
   */
  before?: string;
}

/** How one line of a unit's text is set: `indent` steps in, its `marker` ("(2)", "a."; "" for none) hung before the text; `label` names the part ("Pasal 3 ayat (2)"). */
export interface LineLayout {
  indent: number;
  marker: string;
  label: string;
  /** Set as a heading, centred: a Pasal or BAB heading an amending instrument quotes, or the heading line of a later Pasal in a merged row's old side. */
  heading?: true;
}

/** A row of an ayat, list item or loose paragraph inside a matched Pasal. */
export interface PartRow {
  status: UnitStatus;
  kind: 'ayat' | 'item' | 'para';
  old: UnitRef | null;
  new: UnitRef | null;
  segments: Segment[];
  /**
   * For a part found on one side only: the label of a part of another Pasal, on the other side,
   * that reads alike though reworded (`alike-parts.ts`): a hint where to look, not a pairing.
   */
  alike?: string;
}

/** A Pasal-level row. */
export interface PasalRow {
  status: UnitStatus;
  old: UnitRef | null;
  new: UnitRef | null;
  /** For split and merged rows: every unit on the other side (old units of a merge, new units of a split). */
  oldAll: UnitRef[];
  newAll: UnitRef[];
  /** The text differs (true for `changed`; also set on split/merged rows whose text differs). */
  textChanged: boolean;
  /** The number differs (a `changed` row may also be renumbered). */
  renumbered: boolean;
  /** Its order among matched Pasal changed, or it went to another BAB. */
  moved: boolean;
  /** Only cross-reference numbers differ, and they point to the same (matched) units. */
  refsOnly: boolean;
  /**
   * The words are the same but a reference now points to another unit: the citations did not
   * follow the new numbering (a `changed` row whose redline shows no word change).
   */
  staleRefs: boolean;
  /** BAB label on each side, when the Pasal sits in a BAB. */
  oldBab: string | null;
  newBab: string | null;
  /** Similarity of old and new text, 0..1 (1 for identical). */
  similarity: number;
  /** Word diff of the whole Pasal (parts joined in new order, markers as "\n(1) "). */
  segments: Segment[];
  /** Ayat, list items and loose paragraphs of a matched Pasal. */
  parts: PartRow[];
}

/** Kinds of the other comparison rows. */
export type OtherKind =
  | 'konsiderans'
  | 'dasarHukum'
  | 'bab'
  | 'bagian'
  | 'paragraf'
  | 'penjelasanUmum'
  | 'penjelasanPasal'
  | 'judul'
  | 'diktum'
  | 'penutup'
  | 'lampiran';

/**
 * A row for a Menimbang/Mengingat item, a BAB/Bagian/Paragraf title, a Penjelasan entry, the
 * Judul, the "Menetapkan" line, the perintah pengundangan or a Lampiran paragraph.
 */
export interface OtherRow {
  kind: OtherKind;
  status: UnitStatus;
  old: UnitRef | null;
  new: UnitRef | null;
  textChanged: boolean;
  renumbered: boolean;
  moved: boolean;
  segments: Segment[];
}

/** Counts of Pasal-level rows by status. */
export type Summary = Record<UnitStatus, number>;

/** The result of comparing two documents. */
export interface Comparison {
  /** Pasal rows in the order of the new document; deleted ones at their old place. */
  pasal: PasalRow[];
  konsiderans: OtherRow[];
  dasarHukum: OtherRow[];
  /** BAB, Bagian and Paragraf titles, in new order (deleted at their old place). */
  headings: OtherRow[];
  penjelasan: OtherRow[];
  /** The title ("PERATURAN DAERAH ... NOMOR ... TAHUN ... TENTANG ..."): one row when both have one. */
  judul: OtherRow[];
  /** The "Menetapkan : PERATURAN DAERAH TENTANG ..." line of the diktum: one row when both have one. */
  diktum: OtherRow[];
  /** The perintah pengundangan ("Agar setiap orang mengetahuinya, ..."): one row when both have one. */
  penutup: OtherRow[];
  /** The paragraphs of the Lampiran, aligned like Menimbang items. */
  lampiran: OtherRow[];
  summary: Summary;
  /**
   * How units were matched: "uid" when the two documents share unit ids, "number" when they share
   * none but keep their Pasal numbers as an amendment does (`kept-numbers.ts`), else "content".
   */
  matchedBy: 'uid' | 'number' | 'content' | 'mixed';
  /** Where each BAB, Bagian, Paragraf and Pasal stands in each document (`body-order.ts`), by uid. */
  bodyOrder: BodyPositions;
}

/** Options of `compareDocs`. */
export interface CompareOptions {
  /** Match by uid first (default true). Set false to force content matching. */
  useUids?: boolean;
  /** Minimum similarity for matching two Pasal by content anywhere in the document (default 0.5). */
  minSimilarity?: number;
  /** Minimum similarity for two Pasal in the same gap between anchors (default 0.3). */
  minGapSimilarity?: number;
  /** Skip word diffs (figures only). */
  noSegments?: boolean;
  /**
   * The new text amends the old one, so where they share no uid their Pasal pair by number
   * (`kept-numbers.ts`), even with no Pasal inserted; without it, only where the new text shows it
   * by a Pasal inserted with a letter ("Pasal 12A").
   */
  amends?: boolean;
}
