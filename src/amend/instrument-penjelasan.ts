/**
 * The Penjelasan of the amending instrument (drafting-rules.md 3.6, practice; 3.8 step 8):
 * "I. UMUM" (from the settings, "…" by default) and "II. PASAL DEMI PASAL" with an entry for
 * Pasal I — per item "Angka N", then each Pasal the item restates ("Pasal 5") with the draft's
 * explanation of it ("Cukup jelas." when it has none; "Cukup jelas." under an item that restates
 * no Pasal) — and an entry "Pasal II: Cukup jelas.". A Penjelasan item (F18, "… sebagaimana
 * tercantum dalam penjelasan Peraturan Daerah ini") finds its new text here. In the single-change
 * form (3.4.1 Contoh 2) there are no items, so no "Angka".
 */
import type { Node } from 'prosemirror-model';
import { paraJson, type NodeJson } from '../model/doc-json';
import { numberDocument } from '../model/numbering';
import { fillTemplate } from '../model/templates';
import { newUid } from '../model/uid';
import { restateUnit } from './restate';
import type { AmendSettings, InstrumentItem } from './types';

/** The Pasal a restated unit holds (itself, or those inside a restated BAB/Bagian/Paragraf), deleted ones left out. */
function restatedPasal(restated: readonly NodeJson[]): NodeJson[] {
  const out: NodeJson[] = [];
  const walk = (n: NodeJson) => {
    if (n.type === 'pasal') {
      if (n.attrs?.deleted !== true) out.push(n);
      return;
    }
    if (['bab', 'bagian', 'paragraf'].includes(n.type) && n.attrs?.deleted !== true)
      (n.content ?? []).forEach(walk);
  };
  restated.forEach(walk);
  return out;
}

/** The draft's Penjelasan entries by the uid of their Pasal, references written as text. */
function draftExplanations(draft: Node): Map<string, NodeJson[]> {
  const numbering = numberDocument(draft);
  const out = new Map<string, NodeJson[]>();
  draft.descendants((n) => {
    if (n.type.name !== 'penjelasanPasal') return true;
    const target = n.attrs.target ? String(n.attrs.target) : '';
    if (target) out.set(target, restateUnit(numbering, n).content ?? []);
    return false;
  });
  return out;
}

const cukupJelas = () => paraJson(fillTemplate('cukupJelas'));

/** The paragraphs explaining one item (without its "Angka N" heading). */
function itemParas(item: InstrumentItem, explanations: Map<string, NodeJson[]>): NodeJson[] {
  if (item.template === 'ubahPenjelasan') {
    const pasal = item.units[0]?.replace(/^Penjelasan\s+Pasal\s+/i, '') ?? '…';
    const entry = item.restated.find((r) => r.type === 'penjelasanPasal');
    const body = entry?.content?.length ? entry.content : [cukupJelas()];
    return [paraJson(fillTemplate('penjelasanPerubahanPasal', { pasal })), ...body];
  }
  const pasal = restatedPasal(item.restated);
  if (pasal.length === 0) return [cukupJelas()];
  return pasal.flatMap((p) => {
    const own = explanations.get(String(p.attrs?.uid ?? ''));
    return [
      paraJson(
        fillTemplate('penjelasanPerubahanPasal', { pasal: String(p.attrs?.baseNum ?? '…') }),
      ),
      ...(own?.length ? own : [cukupJelas()]),
    ];
  });
}

/** The Penjelasan JSON of the instrument; `single`: Pasal I has the single-change form. */
export function instrumentPenjelasanJson(
  items: readonly InstrumentItem[],
  draft: Node,
  s: AmendSettings,
  pasalUids: { i: string; ii: string },
  single: boolean,
): NodeJson {
  const explanations = draftExplanations(draft);
  const pasalI = single
    ? items.flatMap((it) => itemParas(it, explanations))
    : items.flatMap((it, k) => [
        paraJson(fillTemplate('penjelasanPerubahanAngka', { angka: k + 1 })),
        ...itemParas(it, explanations),
      ]);
  const entry = (target: string, label: string, content: NodeJson[]): NodeJson => ({
    type: 'penjelasanPasal',
    attrs: { uid: newUid(), target, label },
    content: content.length ? content : [cukupJelas()],
  });
  return {
    type: 'penjelasan',
    attrs: { uid: newUid() },
    content: [
      {
        type: 'penjelasanUmum',
        content: (s.penjelasanUmum?.length ? s.penjelasanUmum : ['…']).map((t) => paraJson(t)),
      },
      {
        type: 'penjelasanPasalDemiPasal',
        content: [
          entry(pasalUids.i, 'Pasal I', pasalI),
          entry(pasalUids.ii, 'Pasal II', [cukupJelas()]),
        ],
      },
    ],
  };
}
