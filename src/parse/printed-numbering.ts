/**
 * Reading an imported text by the numbers it prints. A text whose numbers skip ("Pasal 14" right
 * after "Pasal 12": a draft that deleted Pasal 13 and did not renumber, or a source's own slip)
 * is numbered by position on import, so its "Pasal 14" would be called "Pasal 13". A comparison
 * must name units as the reader sees them printed, so for comparing, such a text is read in
 * perubahan numbering: every unit keeps its printed number. Numbers printed twice are not
 * skipped numbers (two units would share one name) and keep the positional reading.
 */
import type { Node } from 'prosemirror-model';
import { perdaSchema } from '../model/schema';
import type { Diagnostic } from './types';

/** True when the import found numbers that skip, and none printed twice. */
export function skipsNumbers(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.code === 'NUMBERING_GAP') && !diagnostics.some((d) => d.code === 'NUMBERING_DUPLICATE');
}

/** `doc` numbered as printed when its numbers skip (see above); otherwise `doc` itself. */
export function asPrinted(doc: Node, diagnostics: readonly Diagnostic[]): Node {
  if (doc.attrs.mode === 'perubahan' || !skipsNumbers(diagnostics)) return doc;
  return perdaSchema.nodeFromJSON({ ...doc.toJSON(), attrs: { ...doc.attrs, mode: 'perubahan' } });
}
