/**
 * Types of the amending instrument (drafting-rules.md 3): what `generateInstrument` returns,
 * what `applyInstrument` reports, and the settings both read.
 */
import type { Node } from 'prosemirror-model';
import type { NodeJson } from '../model/doc-json';
import type { SkeletonRegion } from '../model/skeleton-region';

/** The three verbs of the CLI shape (F9 "ditambah" counts as an insertion). */
export type ItemAction = 'diubah' | 'disisipkan' | 'dihapus';

/** The amended Perda's citation (project setting `baseCitation`). */
export interface BaseCitation {
  nomor: string;
  tahun: string;
  /** Name of the amended Perda ("Pencegahan … Narkotika"). */
  title: string;
  gazetteYear: string;
  gazetteNo: string;
  supplementNo: string;
}

/** An earlier amendment of the base, cited in Pasal I when the base was already amended. */
export interface EarlierAmendment {
  nomor: string;
  tahun: string;
  gazetteYear?: string;
  gazetteNo?: string;
  supplementNo?: string;
}

/** Settings the generator reads (a subset of the project settings, plus editable parts). */
export interface AmendSettings {
  region: SkeletonRegion;
  baseCitation: BaseCitation;
  /** How many times the base was already amended (0: PERUBAHAN ATAS, 1: PERUBAHAN KEDUA ATAS). */
  amendmentCount: number;
  /** Project title (used when the citation has no title). */
  title?: string;
  /** Earlier amendments, oldest first (for the Pasal I chapeau); "…" when missing. */
  earlierAmendments?: EarlierAmendment[];
  /** Menimbang items (each "bahwa …;"); default: the practice pattern of 3.3. */
  konsiderans?: string[];
  /** Mengingat items; default: the Perda items of 1.3.4 plus the amended Perda (3.3, practice). */
  mengingat?: string[];
  /** Pasal II text; default "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan." */
  pasalII?: string[];
  /** "I. UMUM" of the instrument's Penjelasan (drafting-rules.md 3.6); default "…". */
  penjelasanUmum?: string[];
}

/** Options of `generateInstrument`. */
export interface GenerateInstrumentOptions {
  settings: AmendSettings;
  /** "perubahan" (default): the instrument; "penggantian": only the repeal clause. */
  mode?: 'perubahan' | 'penggantian';
}

/** One numbered item of Pasal I. */
export interface InstrumentItem {
  action: ItemAction;
  /** The verb of the formula as written ("ditambah" for F9). */
  verb: 'diubah' | 'disisipkan' | 'dihapus' | 'ditambah';
  /** Units named by the item, as printed: "Pasal 7A", "Pasal 5 ayat (2)", "BAB IIA". */
  units: string[];
  /** The instruction sentence. */
  text: string;
  /** Template id used (templates.ts) and its formula tag (F1…F19). */
  template: string;
  formula: string;
  /** Tooltip: set when the formula (or restating the whole Pasal) is practice, not rule. */
  note?: string;
  /** Tooltip with context that is not a practice warning (e.g. why Pasal I has the single-change form). */
  hint?: string;
  /** ProseMirror JSON of the restated unit(s), numbers literal in `baseNum`. */
  restated: NodeJson[];
  /** uids of the affected units (draft uids for changed/inserted units, base uids for deleted ones). */
  targetUids: string[];
}

/** Share of change (drafting-rules.md 3.1: both metrics are exposed). */
export interface ChangeShare {
  /** (Pasal changed + inserted + deleted) / Pasal in the base. */
  pasal: number;
  /** Characters inserted or deleted / characters of both texts (word diff of the Pasal). */
  text: number;
}

/** The generated instrument. */
export interface Instrument {
  items: InstrumentItem[];
  recommendation: 'perubahan' | 'penggantian';
  share: ChangeShare;
  systematikaChanged: boolean;
  /** Why the recommendation (Indonesian, with the rule cited). */
  reasons: string[];
  /** Changes the generator could not express (Indonesian). */
  warnings: string[];
  /** The whole instrument (kind "perubahan"); in penggantian mode null. */
  doc: Node | null;
  /** Plain text of the whole instrument, or of the repeal clause in penggantian mode. */
  text: string;
  /** The Ketentuan Penutup repeal clause (always computed). */
  repealClause: string;
}

/**
 * Status of one report line: applied; ambiguous (applied under the reading stated); not
 * understood (not applied, text unchanged); not applied although understood, because applying
 * it needs a document the instrument does not give as units (`needs`: its Lampiran, or the
 * Penjelasan entry it refers to).
 */
export type ApplyStatus = 'applied' | 'not-understood' | 'ambiguous' | 'not-applied';

/** One line of the apply report. */
export interface ApplyReportEntry {
  /** Number of the item of Pasal I (1 for the single change of 3.4.1 Contoh 2); 0: the instrument's Penjelasan as a whole. */
  item: number;
  status: ApplyStatus;
  /** "diubah", "disisipkan", "dihapus", "ditambah", or "penjelasan" for a line about the Penjelasan. */
  action: string;
  units: string[];
  /** Indonesian. */
  message: string;
  /** What applying the item needs ("not-applied" lines only). */
  needs?: 'lampiran' | 'penjelasan';
}

/** The result of applying an instrument. */
export interface ApplyResult {
  doc: Node;
  report: ApplyReportEntry[];
}
