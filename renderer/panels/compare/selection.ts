/**
 * What the user chose to compare, as API sources: the draft against the base (default), any two
 * documents, or three stages base -> version A -> draft. Encoded as strings for <select>.
 */
import type { ApiArgs, CompareSource, VersionInfo } from '../../../src/api/contract';
import { BEFORE_IMPORT_LABEL } from '../../../src/api/version-labels';

/** The comparison modes. */
export type CompareMode = 'draftBase' | 'pair' | 'threeWay';

/** A choice of documents: source codes "base", "draft" or "v:<id>". */
export interface Selection {
  mode: CompareMode;
  old: string;
  new: string;
  mid: string;
}

/** "base" | "draft" | "v:3" -> an API source. */
export function toSource(code: string): CompareSource {
  if (code.startsWith('v:')) return { kind: 'version', id: Number(code.slice(2)) };
  return code === 'base' ? { kind: 'base' } : { kind: 'draft' };
}

/** The latest of `versions`, or null. */
function latestOf(versions: readonly VersionInfo[]): VersionInfo | null {
  return versions.reduce<VersionInfo | null>((a, v) => (!a || v.id > a.id ? v : a), null);
}

/**
 * The default selection: draft vs base when there is a base, else the latest version vs draft.
 * The stage between (three-way) is the latest version a user saved, not one an import saved to
 * keep the draft it replaced ("Draf sebelum impor"), unless there is no other.
 */
export function defaultSelection(hasBase: boolean, versions: readonly VersionInfo[]): Selection | null {
  const latest = latestOf(versions);
  const stage = latestOf(versions.filter((v) => v.label !== BEFORE_IMPORT_LABEL)) ?? latest;
  const mid = stage ? `v:${stage.id}` : '';
  if (hasBase) return { mode: 'draftBase', old: 'base', new: 'draft', mid };
  if (latest) return { mode: 'pair', old: `v:${latest.id}`, new: 'draft', mid };
  return null;
}

/** Is the selection usable with this project (base present, versions still there)? */
export function isValidSelection(s: Selection, hasBase: boolean, versions: readonly VersionInfo[]): boolean {
  const ok = (code: string) => (code === 'base' ? hasBase : code === 'draft' || versions.some((v) => `v:${v.id}` === code));
  if (s.mode === 'draftBase') return hasBase;
  if (s.mode === 'threeWay') return hasBase && s.mid.startsWith('v:') && ok(s.mid);
  return ok(s.old) && ok(s.new);
}

/** The arguments of `compare.run` for a selection. */
export function runArgs(s: Selection): ApiArgs<'compare.run'> {
  if (s.mode === 'draftBase') return { old: { kind: 'base' }, new: { kind: 'draft' } };
  if (s.mode === 'threeWay') return { old: { kind: 'base' }, threeWay: toSource(s.mid), new: { kind: 'draft' } };
  return { old: toSource(s.old), new: toSource(s.new) };
}

/** Which texts an export of the comparison shown reads: the draft or a version as new, the base or a version as old. */
export interface ExportTexts {
  versionId?: number;
  againstVersionId?: number;
}

/**
 * The texts `export.run` must read to write the comparison `s` shows (the matriks, the redline),
 * or null where it cannot: an export sets the draft or a version against the base or a version,
 * so a choice with the base as the new text, or the draft as the old, has none. Three stages
 * export as the whole way, base to draft.
 */
export function exportTexts(s: Selection): ExportTexts | null {
  if (s.mode !== 'pair') return {};
  const neu = toSource(s.new);
  const old = toSource(s.old);
  if (neu.kind === 'base' || old.kind === 'draft') return null;
  const out: ExportTexts = {};
  if (neu.kind === 'version') out.versionId = neu.id;
  if (old.kind === 'version') out.againstVersionId = old.id;
  return out;
}
