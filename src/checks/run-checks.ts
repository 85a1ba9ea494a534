/**
 * `runChecks`: every drafting check over a document, findings in document order. One walk of
 * the document (context.ts) feeds the rule families; each family is a plain function.
 */
import type { Node } from 'prosemirror-model';
import { createRun, type CheckRun } from './context';
import { checkDefinitions } from './definitions';
import { checkEmpty } from './empty';
import { checkKerangka } from './kerangka';
import { checkLists } from './lists';
import { checkNumbers } from './numbers';
import { checkPembukaan } from './pembukaan';
import { checkPenjelasan } from './penjelasan';
import { checkPidana } from './pidana';
import { checkReferences } from './references';
import { checkStructure } from './structure';
import type { CheckOptions, Finding } from './types';

/** The rule families in the order they run. */
const FAMILIES: ReadonlyArray<(run: CheckRun) => void> = [
  checkStructure, checkKerangka, checkPembukaan, checkLists, checkDefinitions, checkNumbers, checkEmpty,
  checkReferences, checkPidana, checkPenjelasan,
];

/** Run the drafting checks on a Perda document. */
export function runChecks(doc: Node, opts: CheckOptions = {}): Finding[] {
  const run = createRun(doc);
  for (const family of FAMILIES) family(run);
  const only = opts.only ? new Set(opts.only) : null;
  const skip = new Set(opts.skip ?? []);
  return run.findings
    .filter(({ finding }) => (!only || only.has(finding.ruleId)) && !skip.has(finding.ruleId))
    .sort((a, b) => a.order - b.order || (a.finding.from ?? -1) - (b.finding.from ?? -1))
    .map(({ finding }) => finding);
}
