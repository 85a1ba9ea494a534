/**
 * The one typed API contract of Rancang. Every door (Electron IPC, the browser preview over HTTP,
 * the CLI) calls `dispatch(ctx, method, args)` with a method named `noun.verb` from this table.
 * Arguments are validated with zod at the boundary; results are plain JSON.
 *
 * The renderer imports only the *types* of this module (`ApiMethod`, `ApiArgs`, `ApiResult`).
 */
import { z } from 'zod';
import type { ErrorCode } from '../core-error';
import type { InstrumentJson } from '../amend/json';
import type { ApplyReportEntry } from '../amend/types';
import type { Outline } from '../parse/types';
import type { CommentReportRow } from '../review/comment-report';
import type { DimRow } from '../review/dim';
import { ANCHOR_SIDES } from '../review/anchor-side';
import { anchorSchema } from '../review/event-schema';
import { RESPONSE_KINDS } from '../review/types';
import type { ThreadView } from '../review/thread-view';

/** ProseMirror JSON of a Perda document (checked against the schema by the handlers). */
export const docJson = z
  .object({ type: z.literal('doc') })
  .passthrough()
  .refine((v) => JSON.stringify(v).length < 50_000_000, 'dokumen terlalu besar');

/** The numbering mode of a project. */
export const modeSchema = z.enum(['penggantian', 'perubahan']);

/** Region settings: data on the project, never code (drafting-rules.md 1.3.2, 1.10). */
export const regionSchema = z
  .object({
    /** "KOTA BATAM" */
    name: z.string().min(1).max(200),
    /** "Batam" (the place in "Ditetapkan di Batam") */
    place: z.string().min(1).max(200),
    /** "WALI KOTA BATAM" or "WALIKOTA BATAM" */
    head: z.string().min(1).max(200),
    /** "PROVINSI KEPULAUAN RIAU" */
    province: z.string().max(200),
    /** "Lembaran Daerah Kota Batam" */
    gazette: z.string().min(1).max(200),
    /** "SEKRETARIS DAERAH KOTA BATAM" */
    secretary: z.string().min(1).max(200),
    /** "perlu menetapkan" or "perlu membentuk" */
    considerationVerb: z.string().min(1).max(100),
  })
  .strict();

/** The project's settings. */
export const settingsSchema = z
  .object({
    title: z.string().min(1).max(1000),
    mode: modeSchema,
    region: regionSchema,
    /** How many times the base was already amended (0: "PERUBAHAN ATAS", 1: "PERUBAHAN KEDUA ATAS"). */
    amendmentCount: z.number().int().min(0).max(50),
    /** The base Perda's citation, for the amending instrument and the repeal clause. */
    baseCitation: z
      .object({
        nomor: z.string().max(50),
        tahun: z.string().max(10),
        title: z.string().max(1000),
        gazetteYear: z.string().max(10),
        gazetteNo: z.string().max(50),
        supplementNo: z.string().max(50),
      })
      .strict(),
    /** The default author name for versions, comments and the audit log. */
    author: z.string().max(200),
  })
  .strict();

/** Stages of a Raperda (drafting-rules.md 5.1); free text is also allowed. */
export const VERSION_STAGES = [
  'Naskah awal',
  'Hasil harmonisasi',
  'Pembahasan Pansus',
  'Hasil fasilitasi',
  'Persetujuan bersama',
] as const;

const text = (max: number) => z.string().max(max);
const id = z.number().int().positive();

/** Who writes a comment (no login): name, role and fraksi; the name defaults to the project author. */
const reviewAuthorArgs = {
  author: text(200).optional(),
  role: text(100).optional(),
  fraksi: text(200).optional(),
};

/** DIM layout options (drafting-rules.md 5.2: no official template). */
const dimColumn = z.enum(['no', 'unit', 'rumusan', 'tanggapan', 'jenis', 'keterangan', 'status']);
const dimConfigSchema = z
  .object({
    columns: z.array(dimColumn).min(1).max(7).optional(),
    headings: z.partialRecord(dimColumn, z.string().max(200)).optional(),
    level: z.enum(['pasal', 'unit']).optional(),
    rows: z.enum(['commented', 'all-pasal']).optional(),
    grouping: z.enum(['single-column', 'fraksi-columns']).optional(),
    includeResolved: z.boolean().optional(),
  })
  .strict();

/** Argument schemas of every method. */
export const argSchemas = {
  'app.info': z.object({}).strict(),
  'project.create': z
    .object({
      path: z.string().min(1).max(4096),
      title: z.string().min(1).max(1000),
      mode: modeSchema.optional(),
      region: regionSchema.partial().optional(),
      author: text(200).optional(),
    })
    .strict(),
  'project.open': z.object({ path: z.string().min(1).max(4096), readOnly: z.boolean().optional() }).strict(),
  'project.sample': z.object({}).strict(),
  'project.close': z.object({}).strict(),
  'project.info': z.object({}).strict(),
  'project.recent': z.object({}).strict(),
  'settings.get': z.object({}).strict(),
  'settings.update': z.object({ patch: settingsSchema.partial() }).strict(),
  'draft.get': z.object({}).strict(),
  'draft.save': z.object({ doc: docJson, revision: z.number().int().min(0).optional() }).strict(),
  'base.get': z.object({}).strict(),
  'base.set': z.object({ doc: docJson, source: text(1000).optional() }).strict(),
  'version.save': z
    .object({ label: z.string().min(1).max(200), stage: text(200).optional(), author: text(200).optional() })
    .strict(),
  'version.list': z.object({}).strict(),
  'version.get': z.object({ id }).strict(),
  'version.restore': z.object({ id, author: text(200).optional() }).strict(),
  'audit.list': z.object({ limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  'thread.list': z.object({ versionId: id.optional() }).strict(),
  'thread.get': z.object({ threadId: text(64), versionId: id.optional() }).strict(),
  'thread.add': z
    .object({
      /** The unit: its uid or its address ("Pasal 5", "Pasal 5 ayat (2)"). */
      unit: z.string().min(1).max(200).optional(),
      quote: z.string().min(1).max(20_000).optional(),
      occurrence: z.number().int().min(1).optional(),
      /** A ready anchor (the editor's selection) instead of unit + quote. */
      anchor: anchorSchema.optional(),
      /** The document `unit` (or `anchor`) is in: the draft (default) or the base text (the old Perda). */
      side: z.enum(ANCHOR_SIDES).optional(),
      body: z.string().min(1).max(50_000),
      suggestion: text(50_000).optional(),
      /** The kind of response for the DIM ("Jenis", drafting-rules.md 5.2). */
      jenis: z.enum(RESPONSE_KINDS).optional(),
      ...reviewAuthorArgs,
    })
    .strict()
    .refine((a) => a.unit !== undefined || a.anchor !== undefined, 'unit atau anchor wajib diisi'),
  'thread.reply': z.object({ threadId: text(64), body: z.string().min(1).max(50_000), ...reviewAuthorArgs }).strict(),
  'thread.edit': z
    .object({ threadId: text(64), commentId: text(64).optional(), body: z.string().min(1).max(50_000), ...reviewAuthorArgs })
    .strict(),
  'thread.setStatus': z.object({ threadId: text(64), status: z.enum(['open', 'resolved']), ...reviewAuthorArgs }).strict(),
  'thread.reattach': z
    .object({
      threadId: text(64),
      unit: z.string().min(1).max(200).optional(),
      quote: z.string().min(1).max(20_000).optional(),
      occurrence: z.number().int().min(1).optional(),
      anchor: anchorSchema.optional(),
      side: z.enum(ANCHOR_SIDES).optional(),
      ...reviewAuthorArgs,
    })
    .strict()
    .refine((a) => a.unit !== undefined || a.anchor !== undefined, 'unit atau anchor wajib diisi'),
  'thread.decide': z
    .object({ threadId: text(64), accept: z.boolean(), body: text(50_000).optional(), ...reviewAuthorArgs })
    .strict(),
  'review.export': z
    .object({ out: z.string().min(1).max(4096), reviewer: text(200).optional(), versionId: id.optional(), author: text(200).optional() })
    .strict(),
  'review.import': z.object({ path: z.string().min(1).max(4096), author: text(200).optional() }).strict(),
  'review.open': z.object({ path: z.string().min(1).max(4096) }).strict(),
  'review.close': z.object({}).strict(),
  'review.dim': z.object({ versionId: id.optional(), config: dimConfigSchema.optional() }).strict(),
  'review.report': z.object({ versionId: id.optional() }).strict(),
  'backup.list': z.object({}).strict(),
  'backup.create': z.object({}).strict(),
  'backup.restore': z.object({ id: z.string().min(1).max(200) }).strict(),
  'amend.generate': z.object({ versionId: id.optional() }).strict(),
  'compare.run': compareRunSchema(),
  'export.run': exportRunSchema(),
  'import.start': importStartSchema(),
  'import.status': z.object({ jobId: text(64), withResult: z.boolean().optional() }).strict(),
  'import.cancel': z.object({ jobId: text(64) }).strict(),
  'import.commit': importCommitSchema(),
} as const;

/** Region settings. */
export type Region = z.infer<typeof regionSchema>;
/** Project settings. */
export type ProjectSettings = z.infer<typeof settingsSchema>;
/** ProseMirror JSON of a document. */
export type DocJson = { type: 'doc'; attrs?: Record<string, unknown>; content?: unknown[] };

/** What `project.info` and the project-opening methods return. */
export interface ProjectInfo {
  path: string;
  title: string;
  mode: 'penggantian' | 'perubahan';
  readOnly: boolean;
  hasBase: boolean;
  counts: { bab: number; pasal: number };
  versions: number;
  schemaVersion: number;
  /** Set when a review package is open (review mode): the text is read-only, comments are not. */
  review?: { reviewer: string; versionLabel: string };
}

/** A saved, immutable version. */
export interface VersionInfo {
  id: number;
  label: string;
  stage: string;
  author: string;
  createdAt: string;
  parentId: number | null;
  /** Hash of the version's content (equal hashes mean equal documents). */
  hash: string;
}

/** The working draft. */
export interface DraftState {
  doc: DocJson;
  savedAt: string;
  /** Increases by one on every save; a save with a stale revision is refused (CONFLICT). */
  revision: number;
}

/** A line of the audit log. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  detail: unknown;
}

/** A recently opened project. */
export interface RecentProject {
  path: string;
  title: string;
  openedAt: string;
}

/** Result types of every method. */
export interface ApiResults {
  'app.info': { name: string; version: string; schemaVersion: number };
  'project.create': ProjectInfo;
  'project.open': ProjectInfo;
  'project.sample': ProjectInfo;
  'project.close': { closed: boolean };
  'project.info': ProjectInfo;
  'project.recent': RecentProject[];
  'settings.get': ProjectSettings;
  'settings.update': ProjectSettings;
  'draft.get': DraftState;
  'draft.save': { savedAt: string; revision: number };
  'base.get': { doc: DocJson | null; source: string | null };
  'base.set': { hash: string };
  'version.save': VersionInfo;
  'version.list': VersionInfo[];
  'version.get': { version: VersionInfo; doc: DocJson };
  'version.restore': { draft: DraftState; savedCurrentAs: VersionInfo };
  'audit.list': AuditEntry[];
  'thread.list': ThreadList;
  'thread.get': ThreadDetail;
  'thread.add': ThreadView;
  'thread.reply': ThreadView;
  'thread.edit': ThreadView;
  'thread.setStatus': ThreadView;
  'thread.reattach': ThreadView;
  'thread.decide': ThreadView & { draftRevision: number | null };
  'review.export': ReviewExportResult;
  'review.import': ReviewImportResult;
  'review.open': ReviewPackageInfo;
  'review.close': { closed: boolean };
  'review.dim': { rows: DimRow[]; html: string; csv: string };
  'review.report': { rows: CommentReportRow[]; html: string; csv: string };
  'backup.list': BackupInfo[];
  'backup.create': BackupInfo;
  'backup.restore': BackupRestoreResult;
  'amend.generate': AmendResult;
  'compare.run': CompareResult;
  'export.run': ExportRunResult;
  'import.start': { jobId: string };
  'import.status': ImportJobStatus;
  'import.cancel': ImportJobStatus;
  'import.commit': ImportCommitResult;
}

/** Why a backup was made: on the schedule, before a migration, before a restore, or by the user. */
export type BackupKind = 'scheduled' | 'pre-migration' | 'pre-restore' | 'manual';

/** A backup of the open project (a complete project file in `<project>.backups/`). */
export interface BackupInfo {
  /** The backup's file name; pass it to `backup.restore`. */
  id: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

/** What `backup.restore` did: the project now open, the backup restored, and the backup of the file it replaced. */
export interface BackupRestoreResult {
  project: ProjectInfo;
  restored: BackupInfo;
  savedCurrentAs: BackupInfo;
}

export type { ThreadView } from '../review/thread-view';

/** Threads placed in one document: anchored ones in document order, detached ones apart. */
export interface ThreadList {
  /** Where the threads were placed: the draft, a version, or a review package's version. */
  source: { kind: 'draft' | 'version' | 'package'; versionId: number | null; label: string };
  threads: ThreadView[];
  detached: ThreadView[];
}

/** One thread with its suggestion as a redline against the current text. */
export interface ThreadDetail extends ThreadView {
  /** Word diff current text -> proposed wording (null without a suggestion or when detached). */
  redline: Array<{ op: 'equal' | 'insert' | 'delete'; text: string }> | null;
}

/** What `review.export` wrote. */
export interface ReviewExportResult {
  path: string;
  packageId: string;
  threads: number;
  events: number;
  bytes: number;
  version: { id: number | null; label: string };
}

/** What `review.import` merged. */
export interface ReviewImportResult {
  packageId: string;
  reviewer: string;
  /** Events new to the project (0 when the package was imported before). */
  added: number;
  threadsAdded: number;
  threadsTotal: number;
}

/** A review package opened in review mode. */
export interface ReviewPackageInfo {
  path: string;
  projectTitle: string;
  reviewer: string;
  version: { id: number | null; label: string; stage: string };
  hasBase: boolean;
  threads: number;
  readOnlyText: true;
}

/** A method name of the contract. */
export type ApiMethod = keyof typeof argSchemas & keyof ApiResults;
/** The arguments of a method. */
export type ApiArgs<M extends ApiMethod> = z.input<(typeof argSchemas)[M]>;
/** The result of a method. */
export type ApiResult<M extends ApiMethod> = ApiResults[M];

/** What `dispatch` returns: never throws. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** A document to compare: the base text, the working draft or a saved version. */
export type CompareSource = { kind: 'base' } | { kind: 'draft' } | { kind: 'version'; id: number };

/** Arguments of `compare.run` (a function so that it is hoisted above `argSchemas`). */
function compareRunSchema() {
  const source = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('base') }).strict(),
    z.object({ kind: z.literal('draft') }).strict(),
    z.object({ kind: z.literal('version'), id: z.number().int().positive() }).strict(),
  ]);
  /** `threeWay` is the middle stage A of base -> A -> draft (old -> threeWay -> new). */
  return z.object({ old: source, new: source, threeWay: source.optional() }).strict();
}

/** Status of a compared unit (as in src/diff). */
export type CompareStatus = 'unchanged' | 'changed' | 'inserted' | 'deleted' | 'moved' | 'renumbered' | 'split' | 'merged';

/** A piece of a word diff: kept, inserted (new side only) or deleted (old side only). */
export interface CompareSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  /** For an equal run: the old side's print where it differs (a marker or reference renumbered). */
  old?: string;
  /** A deletion and the insertion after it that read alike: a reference now pointing at another unit. */
  repointed?: true;
  /** On such a deletion: the unit it pointed at, as the new text numbers it ("ayat (4)"), when known. */
  was?: string;
}

/** How one line of a compared unit is set: `indent` steps in, its `marker` ("(2)", "a."; "" for none) hung before the text; `label` names its part ("Pasal 3 ayat (2)"). */
export interface CompareLine {
  indent: number;
  marker: string;
  label: string;
  /** Set as a heading, centred: a Pasal or BAB heading an amending instrument quotes, or the heading line of a later Pasal in a merged row's old side. */
  heading?: true;
}

/** One side of a comparison row. */
export interface CompareSide {
  uid: string;
  /** "Pasal 7A", "Pasal 3 ayat (2)", "Menimbang huruf b", "BAB II". */
  label: string;
  /**
   * How each line of the unit's text is set (one per ayat, item or paragraph of a Pasal; one for
   * a part), as the printed Perda sets it; absent for units without that structure.
   */
  lines?: CompareLine[];
  /** For a side showing only a portion of its unit (a later piece of a split Pasal): the unit's text before it. */
  before?: string;
}

/** An ayat, list item or loose paragraph of a compared Pasal. */
export interface ComparePartView {
  status: CompareStatus;
  kind: 'ayat' | 'item' | 'para';
  old: CompareSide | null;
  new: CompareSide | null;
  /** References that read the same on both sides but point at another unit ("ayat (2)", and what it pointed at as now numbered), when any. */
  repointed?: Array<{ ref: string; was?: string }>;
  /** A part on one side only: the label of a part of another Pasal, on the other side, that reads alike though reworded (a hint). */
  alike?: string;
  /** A part changed in form only: what changed, as its note says it ("hanya ejaan", "hanya tanda baca"). */
  form?: string;
}

/** One side of a part shown in its own row: the part and the marker it prints ("(2)", "a."; "" for loose text). */
export interface ComparePartSide extends CompareSide {
  marker: string;
}

/** An ayat, list item or loose paragraph of a Pasal shown part by part, with its word diff. */
export interface ComparePartRowView {
  status: CompareStatus;
  kind: 'ayat' | 'item' | 'para';
  old: ComparePartSide | null;
  new: ComparePartSide | null;
  segments: CompareSegment[];
  /** References that read the same on both sides but point at another unit ("ayat (2)", and what it pointed at as now numbered), when any. */
  repointed?: Array<{ ref: string; was?: string }>;
  /** A part on one side only: the label of a part of another Pasal, on the other side, that reads alike though reworded (a hint). */
  alike?: string;
  /** A part changed in form only: what changed, as its note says it ("hanya ejaan", "hanya tanda baca"). */
  form?: string;
  /** Three-way only: in which stage this part changed. */
  stage?: CompareStage;
}

/** In which stage of base -> A -> draft a change came. */
export type CompareStage = 'baseToA' | 'aToDraft' | 'both' | 'none';

/** One row of the comparison table, in reading order. */
export interface CompareRowView {
  /** Stable key of the row within this result. */
  key: string;
  section: 'judul' | 'konsiderans' | 'dasarHukum' | 'diktum' | 'batangTubuh' | 'penutup' | 'penjelasan' | 'lampiran';
  kind: 'pasal' | 'konsiderans' | 'dasarHukum' | 'bab' | 'bagian' | 'paragraf' | 'penjelasanUmum' | 'penjelasanPasal' | 'judul' | 'diktum' | 'penutup' | 'lampiran';
  status: CompareStatus;
  /** The Indonesian note: "Tetap", "Diubah", "Dipindahkan dari Pasal 9", ... */
  keterangan: string;
  /** A change of form only, the words the same ("Diubah; hanya ejaan"): the "only changes of content" filter leaves it out. */
  formOnly?: true;
  old: CompareSide | null;
  new: CompareSide | null;
  /** For split/merged rows: all units on the other side. */
  oldAll: CompareSide[];
  newAll: CompareSide[];
  /** The BAB of the new text the row stands under ("BAB II"), or null. */
  bab: string | null;
  /** Word diff old -> new: the old text is equal+delete, the new text equal+insert. */
  segments: CompareSegment[];
  /**
   * The old unit's text as written, when the old side of `segments` does not read as it (its
   * ayat or items changed order): the old column then quotes it, unmarked.
   */
  oldText?: string;
  /** Changed ayat/items of a Pasal row (unchanged parts left out). */
  parts: ComparePartView[];
  /**
   * Every part of a changed Pasal whose parts are out of step (a part inserted, deleted, moved,
   * merged or split), in reading order: the table then shows each old part beside its new one.
   */
  partRows?: ComparePartRowView[];
  /** Three-way only: where the change came from, and the unit's label in A. */
  stage?: CompareStage;
  mid?: string | null;
  /** Three-way only, for a unit both stages changed: its word diff base -> A and A -> draft. */
  steps?: { baseToA: CompareSegment[]; aToDraft: CompareSegment[] };
}

/** What `compare.run` returns. */
export interface CompareResult {
  /** The compared documents as asked, with the version label where there is one. */
  sources: { old: CompareSourceInfo; new: CompareSourceInfo; mid: CompareSourceInfo | null };
  rows: CompareRowView[];
  /** Counts of Pasal rows by status. */
  summary: Record<CompareStatus, number>;
  /** Counts of the other rows (Menimbang, Mengingat, titles, Penjelasan) by status. */
  otherSummary: Record<CompareStatus, number>;
  /** The BAB of the new text, for the BAB filter: label and title. */
  babs: Array<{ label: string; title: string }>;
  /** How the Pasal were paired: shared uids, numbers kept as an amendment keeps them, or content. */
  matchedBy: 'uid' | 'number' | 'content' | 'mixed';
}

/** A compared document, described for the UI. */
export interface CompareSourceInfo {
  kind: 'base' | 'draft' | 'version';
  id: number | null;
  /** The version label (null for the base and the draft). */
  label: string | null;
  stage: string | null;
  /** The document's name as its judul prints it ("PERATURAN DAERAH KOTA SURABAYA NOMOR 1 TAHUN 2009 TENTANG …"). */
  title?: string;
}

/** What `export.run` exports, in which format (a function so that it is hoisted above `argSchemas`). */
function exportRunSchema() {
  return z
    .object({
      /** draft, base, a saved version, the amending instrument, the matriks perbandingan, the redline (the new text with its changes tracked), the comment report or the DIM. */
      what: z.enum(['draft', 'base', 'version', 'instrument', 'comparison', 'redline', 'comments', 'dim']),
      format: z.enum(['docx', 'pdf', 'html', 'akn']),
      /** The version exported ("version"), or used instead of the draft (instrument, comparison, redline, comments, dim). */
      versionId: z.number().int().positive().optional(),
      /** The matriks perbandingan and the redline only: the saved version they compare with, instead of the base ("Hasil Pansus 1" -> "Hasil Pansus 2"). */
      againstVersionId: z.number().int().positive().optional(),
      includePenjelasan: z.boolean().optional(),
      /** The matriks perbandingan only: list only the changes (no "Tetap" or "Nomor berubah" row). */
      changesOnly: z.boolean().optional(),
      /** The matriks perbandingan only: list only the changes of content (also no row changed in spelling, capitals or punctuation only). */
      contentOnly: z.boolean().optional(),
      /** Write the file here (atomically) instead of returning its bytes. */
      outPath: z.string().min(1).max(4096).optional(),
      /** DIM layout (drafting-rules.md 5.2). */
      dimConfig: dimConfigSchema.optional(),
    })
    .strict();
}

/** What `export.run` returns: the file's bytes (base64) for a download, or the path written. */
export interface ExportRunResult {
  /** Suggested file name ("rancangan-penanggulangan-narkotika.docx"). */
  fileName: string;
  /** MIME type of the file. */
  mime: string;
  /** Size in bytes. */
  bytes: number;
  /** The file as base64 (absent when `outPath` was given). */
  base64?: string;
  /** The absolute path written (only with `outPath`). */
  path?: string;
}

/** Largest file `import.start` accepts (bytes; 100 MB). */
export const IMPORT_MAX_BYTES = importMaxBytes();

/** The size limit of imports (a function so that it is hoisted above `argSchemas`). */
function importMaxBytes(): number {
  return 100 * 1024 * 1024;
}

/**
 * Arguments of `import.start`: the file's bytes (base64, from the renderer's file picker) with
 * its name, or a path on this computer (CLI, Electron dialogs).
 */
function importStartSchema() {
  return z
    .object({
      bytesBase64: z.string().min(1).max(Math.ceil(importMaxBytes() / 3) * 4 + 4).optional(),
      fileName: z.string().min(1).max(1000).optional(),
      path: z.string().min(1).max(4096).optional(),
    })
    .strict()
    .refine((a) => (a.bytesBase64 !== undefined) !== (a.path !== undefined), 'isi bytesBase64 (dengan fileName) atau path, tidak keduanya');
}

/**
 * Arguments of `import.commit`: the imported document (the finished job's, or `doc` as corrected
 * in the review screen) becomes the base text (refused when one exists) or the working draft (the
 * current draft is first saved as the version "Draf sebelum impor"). `draftFromBase` also starts
 * the draft from the imported base text (its units keep their uids, so they match the base).
 */
function importCommitSchema() {
  return z
    .object({
      jobId: z.string().min(1).max(64).optional(),
      doc: docJson.optional(),
      as: z.enum(['base', 'draft']),
      source: z.string().max(1000).optional(),
      draftFromBase: z.boolean().optional(),
      /** As draft: the document is an amending instrument; store the base with it applied (the consolidated text). */
      applyToBase: z.boolean().optional(),
    })
    .strict()
    .refine((a) => a.jobId !== undefined || a.doc !== undefined, 'jobId atau doc wajib diisi');
}

/** An import diagnostic (as in src/parse). */
export interface ImportDiagnostic {
  line?: number;
  page?: number;
  severity: 'info' | 'warning' | 'error';
  code: string;
  message: string;
}

/** The outline of an imported document (the `rancang outline --json` shape). */
export type ImportOutline = Outline;

/** What a finished import job produced. */
export interface ImportJobResult {
  fileName: string;
  kind: 'original' | 'amendment';
  doc: DocJson;
  outline: ImportOutline;
  diagnostics: ImportDiagnostic[];
  /** Page furniture the importer removed (page numbers, running headers, e-signature footers). */
  removed: Array<{ line: number; page: number; text: string; reason: string }>;
  /** The source text's lines as read (numbers as in the diagnostics). */
  sourceLines: Array<{ no: number; page: number; text: string }>;
}

/** The state of an import job. Stages: "membaca", "mengekstrak teks PDF", "mengenali teks hasil pindai (OCR)" (a scanned PDF, page by page), "menyusun struktur", "selesai". */
export interface ImportJobStatus {
  jobId: string;
  stage: string;
  done: number;
  total: number;
  finished: boolean;
  cancelled: boolean;
  /** Present once finished without error (unless asked `withResult: false`). */
  result?: ImportJobResult;
  error?: { code: ErrorCode; message: string };
}

/** What `import.commit` did. */
export interface ImportCommitResult {
  as: 'base' | 'draft';
  /** The source recorded with the base text (the file name unless given). */
  source: string | null;
  /** The base's hash (as base). */
  baseHash: string | null;
  /** The version the previous draft was saved as (as draft, or as base with draftFromBase). */
  savedCurrentAs: VersionInfo | null;
  /** The draft's new revision when the draft was replaced, else null. */
  draftRevision: number | null;
  /** With `applyToBase`: how many change items applied, of how many, and the report of each. */
  appliedInstrument: { applied: number; total: number; report: ApplyReportEntry[] } | null;
  project: ProjectInfo;
}

/** `amend.generate`: the instrument's items (each with the uids of the units it names), advice and share. */
export interface AmendResult extends Omit<InstrumentJson, 'items'> {
  items: Array<InstrumentJson['items'][number] & { targetUids: string[] }>;
  /** The whole instrument as plain text. */
  text: string;
}
