/**
 * The drafting checks (src/checks): `runChecks(doc)` returns findings, each pointing at a unit and
 * citing its rule in drafting-rules.md; `RULES` is the rule table; `findingRange` maps a finding
 * to document positions for the editor.
 */
export { runChecks } from './run-checks';
export { RULES, RULE_BY_ID, type RuleId } from './rules';
export { findingRange } from './locate';
export { unitOwnText } from './unit-text';
export type { CheckOptions, Finding, RuleInfo, Severity } from './types';
