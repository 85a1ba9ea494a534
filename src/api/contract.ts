/**
 * The one typed API contract of Rancang. Every door (Electron IPC, the browser preview over HTTP,
 * the CLI) calls `dispatch(ctx, method, args)` with a method named `noun.verb` from this table.
 * Arguments are validated with zod at the boundary; results are plain JSON.
 *
 * The renderer imports only the *types* of this module (`ApiMethod`, `ApiArgs`, `ApiResult`).
 */
import { z } from 'zod';
import type { ErrorCode } from '../core-error';

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
}

/** A method name of the contract. */
export type ApiMethod = keyof typeof argSchemas & keyof ApiResults;
/** The arguments of a method. */
export type ApiArgs<M extends ApiMethod> = z.input<(typeof argSchemas)[M]>;
/** The result of a method. */
export type ApiResult<M extends ApiMethod> = ApiResults[M];

/** What `dispatch` returns: never throws. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };
