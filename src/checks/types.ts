/**
 * Shapes of the drafting checks (issue "The structured drafting editor", item 4): a finding
 * points at one unit (by uid, for the editor to jump to), optionally at a span of that unit's own
 * text, and cites the rule of drafting-rules.md it comes from.
 */

/** How serious a finding is: a breach of a rule, a probable slip, or a hint. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding of the checks. */
export interface Finding {
  /** Id of the rule in the rule table (rules.ts). */
  ruleId: string;
  severity: Severity;
  /** The unit to jump to. */
  uid: string;
  /**
   * Offsets in the unit's own text (its direct paragraphs joined with "\n"; a reference counts as
   * its label text, a line break as "\n"); see `unitOwnText` and `findingRange`.
   */
  from?: number;
  to?: number;
  /** What is wrong and what to write instead (Bahasa Indonesia). */
  message: string;
  /** Where the rule comes from, e.g. "drafting-rules.md 1.4.3; Lampiran II UU 12/2011 [WS p.113]". */
  citation: string;
  /** Label of the unit for display: "Pasal 5 ayat (2) huruf b", "Judul", "Menimbang huruf a". */
  address: string;
  /** uid of the enclosing Pasal, or null for units outside a Pasal (grouping "per Pasal"). */
  pasalUid: string | null;
}

/** One entry of the rule table. */
export interface RuleInfo {
  id: string;
  /** Short Indonesian title shown in the panel. */
  title: string;
  /** Usual severity of its findings (a finding may be milder, e.g. an empty list item). */
  severity: Severity;
  /** drafting-rules.md section(s) and the source tag given there. */
  citation: string;
}

/** Options of `runChecks`. */
export interface CheckOptions {
  /** Run only these rules (default: all). */
  only?: readonly string[];
  /** Rules not to run (e.g. hidden by the user). */
  skip?: readonly string[];
}
