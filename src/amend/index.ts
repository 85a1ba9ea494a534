/**
 * The amending instrument (src/amend): generate it from a base and a draft in perubahan mode,
 * advise amend or replace, and apply a (real, imported) instrument to its base.
 */
export { generateInstrument, repealClause } from './generate';
export { applyInstrument } from './apply';
export { changeItemsOf, readItems } from './instrument-items';
export { instrumentToJson, type InstrumentJson } from './json';
export { consolidatedText, printText } from './print-text';
export { readInstruction, type Instruction } from './instruction';
export { settingsFromDoc } from './settings-from-doc';
export type * from './types';
export { amends, applyNewInstrument, isInstrument, type AppliedInstrument } from './applied-instrument';
export { APPLIED } from './apply-entry';
export { markUnapplied } from './unapplied-rows';
