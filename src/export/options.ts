/**
 * Options shared by every export of a Perda document, and their resolution against the
 * document (judul nomor/tahun) and the region settings (contract `Region`).
 */
import type { Node } from 'prosemirror-model';
import type { Region } from '../api/contract';
import { BATAM_REGION } from '../api/region-defaults';
import { judulTitle, type JudulTitle } from '../model/judul-title';

/** Region data an export uses (the project's region settings). */
export type ExportRegion = Region;

/** Options of `exportDocx`, `exportHtml`, `exportPdf` and `exportAkn`. */
export interface ExportOptions {
  /** Region settings; defaults to Kota Batam. Missing fields are filled from the default. */
  region?: Partial<ExportRegion>;
  /** Include the Penjelasan (default true). */
  includePenjelasan?: boolean;
  /**
   * Print as a draft ("RANCANGAN" above the judul, "NOMOR ... TAHUN ..."). Default: true when
   * the judul has no nomor or tahun.
   */
  draft?: boolean;
  /** Document title (file metadata); default the judul. */
  title?: string;
  /** Date of the export as ISO yyyy-mm-dd (AKN FRBR dates); default today. */
  date?: string;
}

/** The default region: Kota Batam (the project default, api/region-defaults.ts). */
export const DEFAULT_REGION: ExportRegion = BATAM_REGION;

/** Options with every default applied and the judul data read from the document (`title` may be given instead). */
export interface ResolvedOptions extends JudulTitle {
  region: ExportRegion;
  includePenjelasan: boolean;
  date: string;
}

/** Apply the defaults of `opts` against `doc`. */
export function resolveOptions(doc: Node, opts: ExportOptions = {}): ResolvedOptions {
  const region = { ...DEFAULT_REGION, ...stripUndefined(opts.region ?? {}) };
  const { prefix, name, nomor, tahun, rawNomor, rawTahun, draft, title: printed } = judulTitle(doc, `PERATURAN DAERAH ${region.name}`, opts.draft);
  const title = opts.title ?? printed;
  return {
    region,
    includePenjelasan: opts.includePenjelasan ?? true,
    draft,
    title,
    date: opts.date ?? new Date().toISOString().slice(0, 10),
    prefix,
    name,
    nomor,
    tahun,
    rawNomor,
    rawTahun,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
