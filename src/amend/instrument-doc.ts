/**
 * The whole amending instrument as a document of kind "perubahan" (drafting-rules.md 3.2–3.5):
 * Judul "PERUBAHAN [KEDUA] ATAS …", Konsiderans and Dasar Hukum (from the settings, with the
 * practice defaults of 3.3), the Diktum, Pasal I (chapeau citing the amended Perda with its
 * Lembaran Daerah, then the numbered items with their restated units — or, for one Pasal
 * changed, the single-change form of 3.4.1 Contoh 2), Pasal II, the Penutup, the Penjelasan of
 * 3.6, and the Lampiran restated by F19 items.
 */
import type { Node } from 'prosemirror-model';
import {
  defaultMengingat,
  judulJson,
  paraJson,
  pembukaanJson,
  penutupJson,
  type NodeJson,
} from '../model/doc-json';
import { bagianOrdinal } from '../model/ordinals';
import { perdaSchema } from '../model/schema';
import { fillTemplate, hurufList } from '../model/templates';
import { newUid } from '../model/uid';
import { citationValues, earlierAmendmentValues } from './citation';
import { instrumentPenjelasanJson } from './instrument-penjelasan';
import { isSingleForm } from './single-form';
import type { AmendSettings, InstrumentItem } from './types';

const QUOTABLE = new Set(['para', 'bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'list']);

/** The ordinal word of this amendment ("" for the first, "Kedua" for the second). */
export function amendmentOrdinal(s: AmendSettings): string {
  return s.amendmentCount > 0 ? bagianOrdinal(s.amendmentCount + 1) : '';
}

/** The name in the Judul: "PERUBAHAN ATAS PERATURAN DAERAH …" / "PERUBAHAN KEDUA ATAS …". */
export function instrumentName(s: AmendSettings): string {
  const ke = amendmentOrdinal(s);
  return ke
    ? fillTemplate('judulPerubahanKe', { ...citationValues(s), ke }, s.region)
    : fillTemplate('judulPerubahan', citationValues(s), s.region);
}

/** Default Menimbang of an amending Perda (3.3, practice). */
export function defaultKonsiderans(s: AmendSettings): string[] {
  const v = citationValues(s);
  const ke = amendmentOrdinal(s);
  const closing = ke
    ? fillTemplate('konsideransPerubahanKePenutup', { ...v, ke, huruf: hurufList(2) }, s.region)
    : fillTemplate('konsideransPerubahanPenutup', { ...v, huruf: hurufList(2) }, s.region);
  return [
    'bahwa …;',
    fillTemplate('konsideransPerubahanAlasan', { ...v, alasan: '…' }, s.region),
    closing,
  ];
}

/** Default Mengingat: the Perda items of 1.3.4 and, last, the amended Perda (3.3, practice). */
export function defaultMengingatPerubahan(s: AmendSettings): string[] {
  return [
    ...defaultMengingat(s.region),
    fillTemplate('mengingatPerdaDiubah', citationValues(s), s.region),
  ];
}

/** The paragraphs opening Pasal I (3.4.1), by how often the base was amended. */
export function pasalIChapeau(s: AmendSettings): NodeJson[] {
  const v = citationValues(s);
  const earlier = s.earlierAmendments ?? [];
  if (s.amendmentCount <= 0) return [paraJson(fillTemplate('pasalIBeberapa', v, s.region))];
  if (s.amendmentCount === 1) {
    return [paraJson(fillTemplate('pasalISekali', { ...v, ...earlierAmendmentValues(earlier[0], 'Ubah') }, s.region))];
  }
  const list = Array.from({ length: s.amendmentCount }, (_, i) => ({
    type: 'item',
    attrs: { uid: newUid(), baseNum: null, deleted: false },
    content: [paraJson(fillTemplate('perubahanSebelumnya', earlierAmendmentValues(earlier[i]), s.region))],
  }));
  return [
    paraJson(fillTemplate('pasalIBeberapaKali', v, s.region)),
    { type: 'list', attrs: { style: 'huruf' }, content: list },
    paraJson(fillTemplate('diubahSebagaiBerikut')),
  ];
}

/** One change item node; in the single-change form unnumbered, its instruction being Pasal I's opening. */
function changeItemJson(item: InstrumentItem, n: number, single: boolean): NodeJson {
  return {
    type: 'changeItem',
    attrs: { uid: newUid(), action: item.verb, baseNum: single ? null : String(n) },
    content: [
      paraJson(single ? '' : item.text),
      ...item.restated.filter((r) => QUOTABLE.has(r.type)),
    ],
  };
}

/**
 * Build the instrument document from its items as written (`writtenItems`): the single-change
 * form of 3.4.1 Contoh 2 when `isSingleForm`, else the chapeau and numbered items; the
 * Penjelasan (3.6) from the draft's explanations of the restated Pasal.
 */
export function buildInstrumentDoc(
  items: readonly InstrumentItem[],
  s: AmendSettings,
  draft: Node,
): Node {
  const single = isSingleForm(items);
  const region = s.region;
  const v = citationValues(s);
  const ke = amendmentOrdinal(s);
  const pembukaan = pembukaanJson(
    region,
    {
      nama: instrumentName(s),
      menimbang: s.konsiderans ?? defaultKonsiderans(s),
      mengingat: s.mengingat ?? defaultMengingatPerubahan(s),
    },
    newUid,
  );
  const diktum = pembukaan.content?.find((c) => c.type === 'diktum');
  const menetapkan = diktum?.content?.find((p) => p.attrs?.role === 'menetapkan');
  if (menetapkan) {
    menetapkan.content =
      paraJson(
        ke
          ? fillTemplate('menetapkanPerubahanKe', { ...v, ke }, region)
          : fillTemplate('menetapkanPerubahan', v, region),
      ).content ?? [];
  }
  const chapeau = single ? [paraJson(items[0]?.text ?? '')] : pasalIChapeau(s);
  const pasalI: NodeJson = {
    type: 'pasal',
    attrs: { uid: newUid(), baseNum: null, deleted: false },
    content: [...chapeau, ...items.map((it, i) => changeItemJson(it, i + 1, single))],
  };
  const pasalIIText = s.pasalII ?? [fillTemplate('mulaiBerlaku')];
  const pasalII: NodeJson = {
    type: 'pasal',
    attrs: { uid: newUid(), baseNum: null, deleted: false },
    content: pasalIIText.map((t) => paraJson(t)),
  };
  const penjelasan = instrumentPenjelasanJson(
    items,
    draft,
    s,
    { i: String(pasalI.attrs?.uid), ii: String(pasalII.attrs?.uid) },
    single,
  );
  const lampiran = items.flatMap((it) => it.restated.filter((r) => r.type === 'lampiran'));
  const judul = judulJson(region, instrumentName(s), newUid);
  const json: NodeJson = {
    type: 'doc',
    attrs: { mode: 'perubahan', kind: 'perubahan' },
    content: [
      judul,
      pembukaan,
      { type: 'batangTubuh', content: [pasalI, pasalII] },
      penutupJson(region),
      penjelasan,
      ...lampiran,
    ],
  };
  const doc = perdaSchema.nodeFromJSON(json);
  doc.check();
  return doc;
}
