/** The JSON shape of `rancang amend OLD NEW --json`. */
import type { Instrument } from './types';

/** The CLI JSON of an instrument. */
export interface InstrumentJson {
  items: Array<{
    action: string;
    verb: string;
    units: string[];
    text: string;
    formula: string;
    note?: string;
    hint?: string;
  }>;
  recommendation: Instrument['recommendation'];
  share: Instrument['share'];
  systematikaChanged: boolean;
  reasons: string[];
  warnings: string[];
  repealClause: string;
}

/** Convert an instrument to the CLI's JSON shape. */
export function instrumentToJson(i: Instrument): InstrumentJson {
  return {
    items: i.items.map((it) => ({
      action: it.action,
      verb: it.verb,
      units: it.units,
      text: it.text,
      formula: it.formula,
      ...(it.note ? { note: it.note } : {}),
      ...(it.hint ? { hint: it.hint } : {}),
    })),
    recommendation: i.recommendation,
    share: i.share,
    systematikaChanged: i.systematikaChanged,
    reasons: i.reasons,
    warnings: i.warnings,
    repealClause: i.repealClause,
  };
}
