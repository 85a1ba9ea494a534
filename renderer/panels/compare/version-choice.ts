/**
 * How a version is named in the comparison's pickers: its label, its stage when it has one
 * ("Hasil Rapat Pansus 1 · Pembahasan Pansus"), and, when another version bears the same label
 * (the "Draf sebelum impor" an import saves each time), when it was saved.
 */
import type { VersionInfo } from '../../../src/api/contract';

/** The words around a version's name: the picker's "Versi {{label}}" and a date-time formatter. */
export interface VersionWords {
  version(label: string): string;
  when(iso: string): string;
}

/** The name of `v` among `all` in a picker. */
export function versionChoiceName(v: VersionInfo, all: readonly VersionInfo[], words: VersionWords): string {
  const stage = v.stage ? ` · ${v.stage}` : '';
  const repeated = all.some((o) => o.id !== v.id && o.label === v.label && o.stage === v.stage);
  return `${words.version(v.label)}${stage}${repeated ? ` (${words.when(v.createdAt)})` : ''}`;
}
