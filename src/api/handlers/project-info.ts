/**
 * `ProjectInfo` of an open project: settings, counts of BAB and Pasal (from the one numbering
 * function, deleted placeholders excluded), versions and schema. Counts are cached per draft root.
 */
import { numberDocument } from '../../model/numbering';
import { parseDocJson } from '../../model/validate';
import type { ProjectStore } from '../../store/index';
import type { Node } from 'prosemirror-model';
import type { ReviewPackageFile } from '../../review/review-package';
import { LATEST_SCHEMA_VERSION } from '../../store/migrations/index';
import type { ProjectInfo } from '../contract';

const countCache = new WeakMap<ProjectStore, { root: string; counts: ProjectInfo['counts'] }>();

/** Counts of a document's BAB and Pasal (deleted placeholders excluded). */
function docCounts(doc: Node): ProjectInfo['counts'] {
  const counts = { bab: 0, pasal: 0 };
  for (const n of numberDocument(doc).values()) {
    if (n.deleted) continue;
    if (n.type === 'bab') counts.bab += 1;
    if (n.type === 'pasal') counts.pasal += 1;
  }
  return counts;
}

/** Counts of the draft's BAB and Pasal. */
function draftCounts(store: ProjectStore): ProjectInfo['counts'] {
  const root = store.draftRoot();
  const hit = countCache.get(store);
  if (hit && hit.root === root) return hit.counts;
  const counts = docCounts(parseDocJson(store.getDraft().doc));
  countCache.set(store, { root, counts });
  return counts;
}

/** Describe an open review package as a read-only project (review mode). */
export function reviewPackageInfo(pkg: ReviewPackageFile): ProjectInfo {
  const doc = pkg.doc();
  const d = pkg.data;
  return {
    path: pkg.path,
    title: d.projectTitle,
    mode: doc.attrs.mode === 'perubahan' ? 'perubahan' : 'penggantian',
    readOnly: true,
    hasBase: d.base !== null,
    counts: docCounts(doc),
    versions: 1,
    schemaVersion: LATEST_SCHEMA_VERSION,
    review: { reviewer: d.reviewer, versionLabel: d.version.label },
  };
}

/** Describe an open project. */
export function projectInfo(store: ProjectStore): ProjectInfo {
  const settings = store.getSettings();
  return {
    path: store.path,
    title: settings.title,
    mode: settings.mode,
    readOnly: store.readOnly,
    hasBase: store.baseRoot() !== null,
    counts: draftCounts(store),
    versions: store.listVersions().length,
    schemaVersion: store.schemaVersion(),
  };
}
