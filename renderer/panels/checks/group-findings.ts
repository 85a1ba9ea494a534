/** Grouping of findings for the panel: by rule (in rule-table order) or by Pasal (in document order). */
import { RULES, type Finding } from '../../../src/checks';

/** One group of findings. */
export interface FindingGroup {
  key: string;
  /** Rule id (grouping by rule) or null. */
  ruleId: string | null;
  /** The Pasal or part label (grouping by Pasal); the rule title is looked up by the panel. */
  label: string;
  findings: Finding[];
}

/** The part of the kerangka a finding outside any Pasal belongs to ("Judul", "Menimbang", "BAB II"). */
function partLabel(f: Finding): string {
  return f.address.replace(/ (huruf|angka) .*$/, '');
}

/** Group findings by rule or by Pasal. */
export function groupFindings(findings: readonly Finding[], by: 'rule' | 'pasal', pasalLabel: (uid: string) => string | null): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = by === 'rule' ? f.ruleId : f.pasalUid ?? `part:${partLabel(f)}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, ruleId: by === 'rule' ? f.ruleId : null, label: by === 'rule' ? f.ruleId : (f.pasalUid && pasalLabel(f.pasalUid)) || partLabel(f), findings: [] };
      groups.set(key, g);
    }
    g.findings.push(f);
  }
  const list = [...groups.values()];
  if (by === 'rule') {
    const order = new Map<string, number>(RULES.map((r, i) => [r.id, i]));
    list.sort((a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99));
  }
  return list;
}
