/**
 * Handler of `export.run`: the draft, the base, a saved version, the amending instrument, the
 * matriks perbandingan, the redline (the draft with its changes from the base tracked), the
 * comment report or the DIM as DOCX, PDF, HTML or Akoma Ntoso. Without
 * `outPath` the bytes come back as base64 with a suggested file name and MIME type (the browser
 * preview has no save dialog: the renderer downloads a Blob); with `outPath` the file is written
 * atomically (temporary file + rename) and its path returned.
 */
import type { Node } from 'prosemirror-model';
import { CoreError } from '../../core-error';
import {
  exportAkn,
  exportDocx,
  exportHtml,
  exportPdf,
  type ExportOptions,
} from '../../export/index';
import {
  comparisonPrintTable,
  docLabel,
  exportReport,
  renderTable,
} from '../../export/table/index';
import { exportRedline } from '../../export/redline/index';
import { commentReportRows, commentReportTable } from '../../review/comment-report';
import { dimConfigFrom, dimRows, dimTable } from '../../review/dim';
import type { ProjectStore } from '../../store/index';
import { requireProject, type ApiContext } from '../context';
import { storedDraft } from '../stored-docs';
import type { ApiArgs } from '../contract';
import { exportFileName, EXPORT_MIME, writeFileAtomic } from '../../export/table/export-file';
import type { Handlers } from '../handler';
import { baseDoc, draftOrVersion, projectInstrument } from './amend';
import { storedVersion } from '../stored-docs';
import { baseFor, reviewTarget, targetViews } from './review';

type Args = ApiArgs<'export.run'>;

/** A Perda document in one of the four formats. */
async function docBytes(
  doc: Node,
  format: Args['format'],
  opts: ExportOptions,
): Promise<Uint8Array | string> {
  switch (format) {
    case 'docx':
      return exportDocx(doc, opts);
    case 'pdf':
      return exportPdf(doc, opts);
    case 'html':
      return exportHtml(doc, opts);
    case 'akn':
      return exportAkn(doc, opts);
  }
}

/** A table kind, or the redline, in DOCX, HTML or PDF (Akoma Ntoso has no such documents). */
function tableFormat(format: Args['format'], what: string): 'docx' | 'html' | 'pdf' {
  if (format === 'akn')
    throw new CoreError(
      'INVALID_ARGS',
      `${what} tidak dapat diekspor ke Akoma Ntoso; pilih DOCX, PDF, atau HTML.`,
    );
  return format;
}

/**
 * The two texts a matriks perbandingan or a redline compares, with their names: the base (or the
 * saved version `a.againstVersionId`) and the draft (or the saved version `a.versionId`), and the
 * word naming the file ("hasil pansus 2 terhadap hasil pansus 1").
 */
function comparedTexts(store: ProjectStore, a: Args, opts: ExportOptions, what: string): { old: Node; neu: Node; oldLabel: string; newLabel: string; label: string | null } {
  const draft = draftOrVersion(store, a.versionId);
  const against = a.againstVersionId === undefined ? null : storedVersion(store, a.againstVersionId);
  const old = against ? against.doc : baseDoc(store, what);
  const versionName = (doc: Node, which: string) => `${docLabel(doc, opts)} (${which})`;
  return {
    old,
    neu: draft.doc,
    oldLabel: against ? versionName(old, `versi "${against.version.label}"`) : docLabel(old, opts),
    newLabel: versionName(draft.doc, draft.label ? `versi "${draft.label}"` : 'naskah kerja'),
    label: against ? `${draft.label ?? 'naskah kerja'} terhadap ${against.version.label}` : draft.label,
  };
}

/** Lines under the title of a report. */
function reportSubtitle(store: ProjectStore, sourceLabel: string): string[] {
  return [
    store.getSettings().title,
    `Naskah: ${sourceLabel}`,
    `Dibuat: ${new Date().toISOString().slice(0, 10)}`,
  ];
}

/** The exported file's content and the word naming it. */
async function produce(
  ctx: ApiContext,
  a: Args,
): Promise<{ content: Uint8Array | string; label: string | null }> {
  const store = requireProject(ctx);
  const settings = store.getSettings();
  const opts: ExportOptions = {
    region: settings.region,
    includePenjelasan: a.includePenjelasan ?? true,
  };
  switch (a.what) {
    case 'draft':
      return {
        content: await docBytes(storedDraft(store), a.format, opts),
        label: null,
      };
    case 'base':
      return {
        content: await docBytes(baseDoc(store, 'Ekspor naskah dasar'), a.format, opts),
        label: null,
      };
    case 'version': {
      if (a.versionId === undefined)
        throw new CoreError('INVALID_ARGS', 'Pilih versi yang akan diekspor (versionId).');
      const v = draftOrVersion(store, a.versionId);
      return { content: await docBytes(v.doc, a.format, opts), label: v.label };
    }
    case 'instrument': {
      const { instrument, label } = projectInstrument(store, a.versionId);
      if (!instrument.doc)
        throw new CoreError(
          'INVALID_DOCUMENT',
          'Raperda tentang Perubahan tidak dapat disusun dari naskah ini.',
        );
      return { content: await docBytes(instrument.doc, a.format, opts), label };
    }
    case 'comparison': {
      const format = tableFormat(a.format, 'Matriks perbandingan');
      const t = comparedTexts(store, a, opts, 'Matriks perbandingan');
      const table = comparisonPrintTable(t.old, t.neu, {
        region: settings.region,
        oldLabel: t.oldLabel,
        newLabel: t.newLabel,
        changesOnly: a.changesOnly,
        contentOnly: a.contentOnly,
      });
      return { content: await renderTable(table, format), label: t.label };
    }
    case 'redline': {
      const format = tableFormat(a.format, 'Naskah dengan perubahan terlacak');
      const t = comparedTexts(store, a, opts, 'Naskah dengan perubahan terlacak');
      return { content: await exportRedline(t.old, t.neu, format, { oldLabel: t.oldLabel, newLabel: t.newLabel }), label: t.label };
    }
    case 'comments': {
      const format = tableFormat(a.format, 'Laporan komentar');
      const t = reviewTarget(ctx, a.versionId);
      const table = commentReportTable(
        commentReportRows(targetViews(t)),
        reportSubtitle(store, t.source.label),
      );
      return {
        content: await exportReport(table, format),
        label: a.versionId === undefined ? null : t.source.label,
      };
    }
    case 'dim': {
      const format = tableFormat(a.format, 'DIM');
      const t = reviewTarget(ctx, a.versionId);
      const config = dimConfigFrom(a.dimConfig);
      const views = targetViews(t);
      // Rows on the old text (base-side threads) quote the unit's text from the base.
      const table = dimTable(
        dimRows(t.doc, views, config, baseFor(t, views)),
        config,
        reportSubtitle(store, t.source.label),
      );
      return {
        content: await exportReport(table, format),
        label: a.versionId === undefined ? null : t.source.label,
      };
    }
  }
}

/** Handlers of `export.*`. */
export const exportHandlers: Handlers<'export.run'> = {
  'export.run': async (ctx, a) => {
    const { content, label } = await produce(ctx, a);
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const fileName = exportFileName(
      requireProject(ctx).getSettings().title,
      a.what,
      label,
      a.format,
    );
    const mime = EXPORT_MIME[a.format];
    if (a.outPath)
      return { fileName, mime, bytes: bytes.byteLength, path: writeFileAtomic(a.outPath, bytes) };
    return {
      fileName,
      mime,
      bytes: bytes.byteLength,
      base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    };
  },
};
