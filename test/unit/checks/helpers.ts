/** Shared helpers of the checks tests: run the checks and pick findings by rule. */
import type { Node } from 'prosemirror-model';
import { runChecks, type Finding } from '../../../src/checks';
import { unitOwnText } from '../../../src/checks/unit-text';

/** Findings of one rule (all rules run, so interference between families shows too). */
export function findingsOf(doc: Node, ruleId: string): Finding[] {
  return runChecks(doc).filter((f) => f.ruleId === ruleId);
}

/** The text a finding's span covers in its unit's own text. */
export function spanText(doc: Node, f: Finding): string {
  let text = '';
  doc.descendants((n) => {
    if (n.attrs.uid === f.uid) text = unitOwnText(n.type.name === 'penjelasan' ? n.firstChild! : n);
    return text === '';
  });
  return text.slice(f.from ?? 0, f.to ?? 0);
}
