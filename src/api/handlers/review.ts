/**
 * Handlers of `review.*`: review packages (export for a reviewer, import back, open in review
 * mode), the DIM and the comment report. Also the review target shared with `thread.*`: the
 * open review package when there is one (review mode), else the open project.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { compareDocs, comparisonToJson } from '../../diff/index';
import { CoreError } from '../../core-error';
import { newUid } from '../../model/uid';
import { parseDocJson } from '../../model/validate';
import { commentReportRows, commentReportTable } from '../../review/comment-report';
import { dimConfigFrom, dimRows, dimTable } from '../../review/dim';
import { foldThreads } from '../../review/fold';
import { formatForEvents } from '../../review/package-compat';
import { readPackageFile, ReviewPackageFile, writePackageFile, type PackagePayload, type PackageVersion } from '../../review/review-package';
import { tableToCsv, tableToHtml } from '../../review/report-table';
import type { ReviewRecord } from '../../review/review-service';
import type { AnchorSide } from '../../review/anchor-side';
import { needsBase, placeThreads, type ThreadView } from '../../review/thread-view';
import type { ReviewAuthor, Thread } from '../../review/types';
import { appendAudit } from '../../store/audit-log';
import { projectDatabase, ReviewStore } from '../../store/review-store';
import { actorOf, requireProject, type ApiContext } from '../context';
import { storedBase, storedDraft, storedVersion } from '../stored-docs';
import type { DocJson, ReviewPackageInfo, ThreadList } from '../contract';
import type { Handlers } from '../handler';

const packages = new WeakMap<ApiContext, ReviewPackageFile>();

/** The review package open in `ctx` (review mode), if any. */
export function openReviewPackage(ctx: ApiContext): ReviewPackageFile | undefined {
  return packages.get(ctx);
}

/** Where thread operations go, and the document they are placed in. */
export interface ReviewTarget {
  record: ReviewRecord;
  doc: Node;
  /** The base text (the old Perda) for threads on it, loaded on first use; null without one. */
  base(): Node | null;
  reviewMode: boolean;
  source: ThreadList['source'];
  versionHash?: string;
  /** Default author when the call names none. */
  defaultAuthor: ReviewAuthor;
}

/** The review target of `ctx`: the open package (review mode) or the project (draft or version `versionId`). */
export function reviewTarget(ctx: ApiContext, versionId?: number): ReviewTarget {
  const pkg = packages.get(ctx);
  if (pkg) {
    const v = pkg.data.version;
    return {
      record: pkg,
      doc: pkg.doc(),
      base: () => pkg.baseDoc(),
      reviewMode: true,
      source: { kind: 'package', versionId: v.id, label: v.label },
      versionHash: v.hash,
      defaultAuthor: { name: pkg.data.reviewer || ctx.author || 'Peninjau', role: 'Anggota DPRD' },
    };
  }
  const store = requireProject(ctx);
  const rs = ReviewStore.of(store);
  const record: ReviewRecord = { events: () => rs.events(), append: (evs) => rs.append(evs, 'local') };
  const defaultAuthor = { name: actorOf(ctx), role: 'Perancang' };
  const base = () => storedBase(store);
  if (versionId !== undefined) {
    const { version, doc } = storedVersion(store, versionId);
    return { record, doc, base, reviewMode: false, source: { kind: 'version', versionId, label: version.label }, versionHash: version.hash, defaultAuthor };
  }
  return { record, doc: storedDraft(store), base, reviewMode: false, source: { kind: 'draft', versionId: null, label: 'Naskah kerja' }, versionHash: store.draftRoot(), defaultAuthor };
}

/** The base of `t` when one of `threads` sits on it (else null: the base is not loaded). */
export function baseFor(t: ReviewTarget, threads: readonly Thread[]): Node | null {
  return needsBase(threads) ? t.base() : null;
}

/** The threads of a target placed in its document (base-side threads in the base text). */
export function targetViews(t: ReviewTarget): ThreadView[] {
  const threads = foldThreads(t.record.events());
  return placeThreads(t.doc, threads, baseFor(t, threads));
}

/** The document of `side` in `t`: the target's document, or its base text (NOT_FOUND without one). */
export function sideDoc(t: ReviewTarget, side: AnchorSide | undefined): Node {
  if (side !== 'base') return t.doc;
  const base = t.base();
  if (!base) throw new CoreError('NOT_FOUND', 'Naskah lama (naskah dasar) belum ditetapkan; komentar pada naskah lama tidak dapat dibuat.');
  return base;
}

/** The version a package carries: `versionId`, else the latest version, else the working draft. */
function packageVersion(ctx: ApiContext, versionId?: number): PackageVersion {
  const store = requireProject(ctx);
  const versions = store.listVersions();
  const id = versionId ?? versions[versions.length - 1]?.id;
  if (id !== undefined) {
    const { version, doc } = store.getVersion(id);
    return { id: version.id, label: version.label, stage: version.stage, hash: version.hash, createdAt: version.createdAt, doc };
  }
  const draft = store.getDraft();
  return { id: null, label: 'Naskah kerja', stage: '', hash: store.draftRoot(), createdAt: draft.savedAt, doc: draft.doc };
}

/** The comparison base -> version, or null without a base. */
function comparisonOf(base: DocJson | null, doc: DocJson): unknown {
  if (!base) return null;
  return comparisonToJson(compareDocs(parseDocJson(base), parseDocJson(doc)));
}

/** Subtitle lines of a report. */
function subtitle(ctx: ApiContext, t: ReviewTarget): string[] {
  const title = packages.get(ctx)?.data.projectTitle ?? ctx.project?.getSettings().title ?? '';
  return [title, `Naskah: ${t.source.label}`, `Dibuat: ${new Date().toISOString().slice(0, 10)}`].filter(Boolean);
}

/** Handlers of `review.*`. */
export const reviewHandlers: Handlers<'review.export' | 'review.import' | 'review.open' | 'review.close' | 'review.dim' | 'review.report'> = {
  'review.export': (ctx, a) => {
    const store = requireProject(ctx);
    const rs = ReviewStore.of(store);
    const version = packageVersion(ctx, a.versionId);
    const base = store.getBase().doc;
    const events = rs.events();
    const payload: PackagePayload = {
      format: formatForEvents(events),
      projectId: rs.projectId(),
      projectTitle: store.getSettings().title,
      packageId: newUid(),
      createdAt: new Date().toISOString(),
      createdBy: actorOf(ctx, a.author),
      reviewer: a.reviewer ?? '',
      appVersion: ctx.appVersion,
      version,
      base,
      comparison: comparisonOf(base, version.doc),
      events,
    };
    const out = path.resolve(a.out);
    writePackageFile(out, payload, { overwrite: false });
    if (!store.readOnly) {
      rs.transaction(() =>
        appendAudit(projectDatabase(store), payload.createdAt, payload.createdBy, 'review.export', {
          packageId: payload.packageId, reviewer: payload.reviewer, version: version.id, path: out,
        }),
      );
    }
    readPackageFile(out); // read back: what was written verifies
    const bytes = fs.statSync(out).size;
    return {
      path: out, packageId: payload.packageId, threads: foldThreads(events).length, events: events.length, bytes,
      version: { id: version.id, label: version.label },
    };
  },

  'review.import': (ctx, a) => {
    const store = requireProject(ctx);
    const rs = ReviewStore.of(store);
    const pkg = readPackageFile(path.resolve(a.path));
    if (pkg.projectId !== rs.projectId()) {
      throw new CoreError('IMPORT_FAILED', `Paket tinjauan ini dibuat untuk proyek lain ("${pkg.projectTitle}"), bukan proyek ini. Tidak ada yang diubah.`);
    }
    const known = new Set(rs.events().map((e) => e.id));
    const fresh = pkg.events.filter((e) => !known.has(e.id));
    const added = rs.transaction(() => {
      const n = rs.append(fresh, pkg.packageId);
      if (n > 0) {
        appendAudit(projectDatabase(store), new Date().toISOString(), actorOf(ctx, a.author), 'review.import', {
          packageId: pkg.packageId, reviewer: pkg.reviewer, added: n,
        });
      }
      return n;
    });
    return {
      packageId: pkg.packageId,
      reviewer: pkg.reviewer,
      added,
      threadsAdded: fresh.filter((e) => e.kind === 'thread.create').length,
      threadsTotal: foldThreads(rs.events()).length,
    };
  },

  'review.open': (ctx, a): ReviewPackageInfo => {
    const pkg = ReviewPackageFile.open(a.path);
    pkg.doc();
    packages.set(ctx, pkg);
    const d = pkg.data;
    return {
      path: pkg.path, projectTitle: d.projectTitle, reviewer: d.reviewer,
      version: { id: d.version.id, label: d.version.label, stage: d.version.stage },
      hasBase: d.base !== null, threads: foldThreads(d.events).length, readOnlyText: true,
    };
  },

  'review.close': (ctx) => ({ closed: packages.delete(ctx) }),

  'review.dim': (ctx, a) => {
    const t = reviewTarget(ctx, a.versionId);
    const config = dimConfigFrom(a.config);
    const views = targetViews(t);
    const rows = dimRows(t.doc, views, config, baseFor(t, views));
    const table = dimTable(rows, config, subtitle(ctx, t));
    return { rows, html: tableToHtml(table), csv: tableToCsv(table) };
  },

  'review.report': (ctx, a) => {
    const t = reviewTarget(ctx, a.versionId);
    const rows = commentReportRows(targetViews(t));
    const table = commentReportTable(rows, subtitle(ctx, t));
    return { rows, html: tableToHtml(table), csv: tableToCsv(table) };
  },
};
