/**
 * Definitions of Ketentuan Umum (drafting-rules.md 1.5): a term defined twice, and a term (or
 * its short form) used nowhere outside its own definition ("only terms used later are defined").
 * Matching of use is case-insensitive for terms and exact for short forms (acronyms), on word
 * boundaries; use in other definitions and in the Penjelasan counts as use.
 */
import type { CheckRun, UnitRec } from './context';
import { definedTerm, topLists } from './definition-lists';

/** One definition with its place in the search text. */
interface Def {
  rec: UnitRec;
  term: string;
  short: string | null;
  start: number;
  end: number;
}

/** Escape a string for a regular expression. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The definitions (by index) whose key occurs in `hay` on word boundaries outside their own text,
 * found in one pass over `hay` for all keys (overlapping matches included, so "Daerah" inside
 * "Pemerintah Daerah" counts as a use of "Daerah").
 */
function usedKeys(hay: string, keys: ReadonlyArray<{ key: string; def: number }>, defs: readonly Def[]): Set<number> {
  const used = new Set<number>();
  const byKey = new Map<string, number[]>();
  for (const k of keys) byKey.set(k.key, [...(byKey.get(k.key) ?? []), k.def]);
  if (byKey.size === 0) return used;
  const alternatives = [...byKey.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
  const wanted = new Set(keys.map((k) => k.def));
  let m: RegExpExecArray | null;
  while (used.size < wanted.size && (m = re.exec(hay)) !== null) {
    const at = m.index;
    for (const d of byKey.get(m[0]) ?? []) {
      const def = defs[d]!;
      if (at + m[0].length <= def.start || at >= def.end) used.add(d);
    }
    re.lastIndex = at + 1;
  }
  return used;
}

/** Duplicate and unused definitions. */
export function checkDefinitions(run: CheckRun): void {
  const defItems = new Set<UnitRec>();
  for (const top of topLists(run)) {
    if (!top.definitions) continue;
    top.list.forEach((item) => {
      const rec = run.byUid.get(String(item.attrs.uid));
      if (rec && item.attrs.deleted !== true) defItems.add(rec);
    });
  }
  if (defItems.size === 0) return;

  const parts: string[] = [];
  const defs: Def[] = [];
  let length = 0;
  for (const unit of run.units) {
    if (unit.section !== 'body' && unit.section !== 'penjelasan' && unit.section !== 'change') continue;
    const text = run.text(unit);
    if (defItems.has(unit)) {
      const d = definedTerm(text);
      if (d) defs.push({ rec: unit, term: d.term, short: d.short, start: length, end: length + text.length });
    }
    parts.push(text);
    length += text.length + 1;
  }
  const hay = parts.join('\n');
  const hayLower = hay.toLowerCase();

  const seen = new Map<string, Def>();
  for (const def of defs) {
    for (const key of [def.term.toLowerCase(), def.short]) {
      if (!key) continue;
      const first = seen.get(key);
      if (first && first !== def) {
        run.report('definisi-ganda', def.rec, `"${key === def.short ? def.short : def.term}" sudah didefinisikan dalam ${first.rec.label}.`, { from: 0, to: def.term.length });
        break;
      }
      seen.set(key, def);
    }
  }

  // A definition restated in a change item is used by the amended Perda, not by this text.
  const own = defs.map((d, i) => ({ d, i })).filter(({ d }) => d.rec.section !== 'change');
  const usedTerm = usedKeys(hayLower, own.map(({ d, i }) => ({ key: d.term.toLowerCase(), def: i })), defs);
  const usedShort = usedKeys(hay, own.filter(({ d, i }) => d.short !== null && !usedTerm.has(i)).map(({ d, i }) => ({ key: d.short!, def: i })), defs);
  for (const { d: def, i } of own) {
    if (!usedTerm.has(i) && !usedShort.has(i)) {
      run.report('definisi-tidak-dipakai', def.rec, `Istilah "${def.term}"${def.short ? ` (${def.short})` : ''} tidak dipakai di luar definisinya; definisikan hanya istilah yang dipakai dalam batang tubuh.`, { from: 0, to: def.term.length });
    }
  }
}
