/**
 * Where the definitions are (drafting-rules.md 1.5): the lists opened by "… yang dimaksud
 * dengan:" (in practice Pasal 1), or the "angka" list of the first Pasal of BAB KETENTUAN UMUM.
 * Also the term a definition defines ("Badan Narkotika Nasional yang selanjutnya disingkat BNN
 * adalah …" -> term "Badan Narkotika Nasional", short form "BNN").
 */
import type { Node } from 'prosemirror-model';
import type { CheckRun, UnitRec } from './context';
import { babType } from './structure';
import { paraText } from './unit-text';

/** A list found directly in a Pasal or ayat, with the paragraph that opens it. */
export interface TopList {
  unit: UnitRec;
  list: Node;
  /** Index of the list among the unit's children. */
  index: number;
  /** The paragraph just before the list, or null. */
  intro: Node | null;
  /** Offset of the end of `intro` in the unit's own text. */
  introEnd: number;
  /** True when the list is the unit's last child (its last item ends the sentence). */
  last: boolean;
  /** True for a list of definitions. */
  definitions: boolean;
}

const DEF_INTRO = /yang\s+dimaksud\s+dengan\s*:?\s*$/i;

/** The first Pasal of a BAB KETENTUAN UMUM, if any. */
function ketentuanUmumPasal(run: CheckRun): UnitRec | null {
  const bab = run.babs[0];
  if (!bab || babType(run.text(bab)) !== 'umum') return null;
  return run.units.find((u) => u.kind === 'pasal' && u.order > bab.order) ?? null;
}

const cache = new WeakMap<CheckRun, TopList[]>();

/** Every list directly in a Pasal or ayat of the batang tubuh (and of change items). */
export function topLists(run: CheckRun): TopList[] {
  const hit = cache.get(run);
  if (hit) return hit;
  const kuPasal = ketentuanUmumPasal(run);
  const out: TopList[] = [];
  for (const unit of run.units) {
    if (unit.kind !== 'pasal' && unit.kind !== 'ayat') continue;
    const node = unit.node;
    let offset = 0;
    let firstPara = true;
    let prev: Node | null = null;
    let introEnd = 0;
    for (let i = 0; i < node.childCount; i++) {
      const c = node.child(i);
      if (c.isTextblock) {
        offset += (firstPara ? 0 : 1) + paraText(c).length;
        firstPara = false;
        introEnd = offset;
      } else if (c.type.name === 'list') {
        const intro = prev?.isTextblock ? prev : null;
        const definitions = (intro !== null && DEF_INTRO.test(paraText(intro))) || (unit === kuPasal && c.attrs.style === 'angka');
        out.push({ unit, list: c, index: i, intro, introEnd, last: i === node.childCount - 1, definitions });
      }
      prev = c;
    }
  }
  cache.set(run, out);
  return out;
}

/** The term and short form defined by a definition, or null when it is not "X adalah …". */
export function definedTerm(text: string): { term: string; short: string | null } | null {
  const m = /^\s*(.+?)\s*,?\s+(?:yang\s+selanjutnya\s+(?:dapat\s+)?(?:di\s?singkat|di\s?sebut)(?:\s+dengan)?\s+(.+?)\s*,?\s+)?(?:adalah|ialah|yaitu|merupakan)\b/.exec(text);
  if (!m) return null;
  const term = (m[1] ?? '').replace(/\s+/g, ' ').trim();
  if (!term || term.length > 120) return null;
  const short = m[2] ? m[2].replace(/\s+/g, ' ').replace(/^["“]|["”]$/g, '').trim() : null;
  return { term, short: short || null };
}
