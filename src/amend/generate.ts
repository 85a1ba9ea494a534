/**
 * `generateInstrument`: the amending instrument (Raperda tentang Perubahan) from the base and
 * the draft edited in perubahan mode (drafting-rules.md 3.8): items in base order, one per
 * change, each in the exact formula of 3.4.2 with the full resulting unit (one Pasal changed: the
 * single-change form of 3.4.1 Contoh 2, without numbered items); the share of change
 * and the amend-or-replace advice of 3.1; in penggantian mode the repeal clause of 3.7 instead.
 */
import type { Node } from 'prosemirror-model';
import { fillTemplate } from '../model/templates';
import { citationValues } from './citation';
import { buildInstrumentDoc } from './instrument-doc';
import { planItems } from './plan';
import { asPerubahan } from './prepare';
import { printText } from './print-text';
import { recommend, shareOf, systematikaChanged } from './share';
import { writtenItems } from './single-form';
import type { AmendSettings, GenerateInstrumentOptions, Instrument } from './types';

/** The Ketentuan Penutup clause that revokes the base Perda (1.9, 3.7). */
export function repealClause(s: AmendSettings): string {
  return fillTemplate('pencabutan', citationValues(s), s.region);
}

/** Generate the amending instrument that turns `base` into `draft`. */
export function generateInstrument(
  base: Node,
  draft: Node,
  opts: GenerateInstrumentOptions,
): Instrument {
  const s = opts.settings;
  const target = asPerubahan(draft);
  const plan = planItems(asPerubahan(base), target, s.region);
  const items = writtenItems(
    plan.items.sort((a, b) => a.key - b.key).map((k) => k.item),
    s,
  );
  const share = shareOf(plan.touchedPasal, plan.basePasal, plan.comparison);
  const systematika = systematikaChanged(plan.comparison);
  const { recommendation, reasons } = recommend(share, systematika);
  const repeal = repealClause(s);
  const warnings = [...plan.warnings];
  const common = {
    items,
    recommendation,
    share,
    systematikaChanged: systematika,
    reasons,
    warnings,
    repealClause: repeal,
  };
  if (opts.mode === 'penggantian') return { ...common, doc: null, text: `${repeal}\n` };
  if (items.length === 0)
    warnings.push(
      'Tidak ada perubahan antara naskah dasar dan rancangan: Pasal I tidak memuat butir.',
    );
  const doc = buildInstrumentDoc(items, s, target);
  return { ...common, doc, text: printText(doc, s.region) };
}
