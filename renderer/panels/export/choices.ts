/** What the export panel offers: kinds, the formats each kind allows, and what each kind needs. */

/** Export kinds (contract `export.run` `what`). */
export type ExportWhat = 'draft' | 'base' | 'version' | 'instrument' | 'comparison' | 'redline' | 'comments' | 'dim';
/** Export formats. */
export type ExportFormat = 'docx' | 'pdf' | 'html' | 'akn';

/** Kinds in the order the panel lists them. */
export const KINDS: readonly ExportWhat[] = ['draft', 'version', 'base', 'instrument', 'comparison', 'redline', 'comments', 'dim'];

/** Formats of a kind: tables and the redline have no Akoma Ntoso form. */
export function formatsOf(what: ExportWhat): ExportFormat[] {
  return what === 'comparison' || what === 'redline' || what === 'comments' || what === 'dim' ? ['docx', 'pdf', 'html'] : ['docx', 'pdf', 'html', 'akn'];
}

/** True when the kind compares two texts, the base (or a saved version) and the draft (or a saved version). */
export function comparesTexts(what: ExportWhat): boolean {
  return what === 'comparison' || what === 'redline';
}

/** True when the kind needs the base text (a comparison also reads a saved version instead: `comparesTexts`). */
export function needsBase(what: ExportWhat): boolean {
  return what === 'base' || what === 'instrument' || comparesTexts(what);
}

/** True when the kind cannot be exported: it needs the base and there is none (a comparison has a saved version to read instead). */
export function blockedKind(what: ExportWhat, hasBase: boolean, versionCount: number): boolean {
  if (what === 'version') return versionCount === 0;
  if (comparesTexts(what)) return !hasBase && versionCount === 0;
  return needsBase(what) && !hasBase;
}

/** True when the kind reads a version instead of the draft on request (or always, for "version"). */
export function takesVersion(what: ExportWhat): boolean {
  return what !== 'base';
}

/** True when the Penjelasan option applies. */
export function hasPenjelasanOption(what: ExportWhat): boolean {
  return what === 'draft' || what === 'base' || what === 'version' || what === 'instrument';
}
