/**
 * The comparison core (public entry points): `compareDocs`, `comparisonToJson`, `keteranganOf`,
 * `compareThreeWay`, the word diff and the types.
 */
export { compareDocs } from './compare';
export { comparisonToJson, type ComparisonJson, type JsonUnit } from './json';
export { isFormOnlyChange, keteranganOf, partFormChange } from './keterangan';
export { otherRowsOf } from './other-sections';
export { compareThreeWay, type RowStage, type ThreeWay, type ThreeWayRow, type Stage } from './three-way';
export { wordDiff } from './word-diff';
export { readsAsWritten, sideSegments } from './side-text';
export { partsOutOfStep, readsPartByPart } from './parts-in-step';
export { isChangeStatus } from './status';
export { changesOnly, keptRowCount } from './changes-only';
export { tokenize, type Token } from './tokenize';
export type * from './types';
