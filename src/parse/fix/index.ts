/**
 * Structure fixes of the import review screen: pure functions on a Perda document that return
 * the fixed document or the reason the fix was refused (the document stays schema-valid).
 */
export { promoteUnit, demoteUnit } from './move-level';
export { mergeWithPrevious, mergeParagraph } from './merge';
export { splitUnit } from './split';
export { changeParaKind, changeUnitKind, type BlockKind, type GroupKind } from './change-kind';
export { unitAtLine } from './unit-at-line';
export type { FixResult } from './tree';
