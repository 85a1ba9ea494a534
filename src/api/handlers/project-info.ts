/**
 * `ProjectInfo` of an open project: settings, counts of BAB and Pasal (from the one numbering
 * function, deleted placeholders excluded), versions and schema. Counts are cached per draft root.
 */
import { numberDocument } from '../../model/numbering';
import { parseDocJson } from '../../model/validate';
import type { ProjectStore } from '../../store/index';
import type { ProjectInfo } from '../contract';

const countCache = new WeakMap<ProjectStore, { root: string; counts: ProjectInfo['counts'] }>();

/** Counts of the draft's BAB and Pasal. */
function draftCounts(store: ProjectStore): ProjectInfo['counts'] {
  const root = store.draftRoot();
  const hit = countCache.get(store);
  if (hit && hit.root === root) return hit.counts;
  const counts = { bab: 0, pasal: 0 };
  for (const n of numberDocument(parseDocJson(store.getDraft().doc)).values()) {
    if (n.deleted) continue;
    if (n.type === 'bab') counts.bab += 1;
    if (n.type === 'pasal') counts.pasal += 1;
  }
  countCache.set(store, { root, counts });
  return counts;
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
