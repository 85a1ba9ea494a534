/**
 * Builders for the instrument tests: a small base Perda (frozen as a base text, perubahan
 * numbering) and a way to edit a copy of it as a drafter would in the editor.
 */
import type { Node } from 'prosemirror-model';
import { buildPerda, freezeAsBase, SAMPLE_REGION } from '../../../src/model/doc-builders';
import type { NodeJson } from '../../../src/model/doc-json';
import { perdaSchema } from '../../../src/model/schema';
import type { AmendSettings } from '../../../src/amend/types';

/** Settings of the test base: Perda Kota Batam 5/2010. */
export const SETTINGS: AmendSettings = {
  region: SAMPLE_REGION,
  baseCitation: {
    nomor: '5',
    tahun: '2010',
    title: 'Pencegahan Narkotika',
    gazetteYear: '2010',
    gazetteNo: '5',
    supplementNo: '45',
  },
  amendmentCount: 0,
};

/** The base: BAB I (Pasal 1 definitions), BAB II (Pasal 2–5, a Bagian in it), BAB III (Pasal 6–7), BAB IV penutup (Pasal 8). */
export function makeBase(): Node {
  let n = 0;
  const uid = () => `b${++n}`;
  return freezeAsBase(
    buildPerda({
      uid,
      title: 'Pencegahan Narkotika',
      penjelasan: true,
      babs: [
        {
          title: 'KETENTUAN UMUM',
          pasal: [
            {
              text: 'Dalam Peraturan Daerah ini yang dimaksud dengan:',
              list: {
                style: 'angka',
                items: [
                  'Daerah adalah Kota Batam.',
                  'Wali Kota adalah Wali Kota Batam.',
                  'Narkotika adalah zat atau obat.',
                ],
              },
            },
          ],
        },
        {
          title: 'PENCEGAHAN',
          pasal: [
            {
              ayat: [
                'Pemerintah Daerah melaksanakan pencegahan.',
                'Pencegahan dilakukan melalui sosialisasi.',
                'Sosialisasi dilakukan setiap tahun.',
              ],
            },
            'Masyarakat berperan serta dalam pencegahan.',
          ],
          bagian: [
            {
              title: 'Tim Terpadu',
              pasal: [
                {
                  ayat: [
                    'Wali Kota membentuk tim terpadu.',
                    'Tim terpadu terdiri atas perangkat daerah.',
                    'Tim terpadu bertugas mengoordinasikan pencegahan.',
                    'Tim terpadu melapor kepada Wali Kota.',
                    'Masa tugas tim terpadu 1 (satu) tahun.',
                  ],
                },
                'Biaya tim terpadu dibebankan pada anggaran daerah.',
              ],
            },
          ],
        },
        {
          title: 'REHABILITASI',
          pasal: [
            'Pemerintah Daerah memfasilitasi rehabilitasi sosial.',
            {
              ayat: [
                'Rehabilitasi dilaksanakan oleh lembaga.',
                'Lembaga ditetapkan oleh Wali Kota.',
              ],
            },
          ],
        },
        {
          title: 'KETENTUAN PENUTUP',
          pasal: ['Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.'],
        },
      ],
    }),
  );
}

/** Units of a JSON tree of `type`, in order. */
export function unitsOf(json: NodeJson, type: string): NodeJson[] {
  const out: NodeJson[] = [];
  const walk = (n: NodeJson) =>
    (n.content ?? []).forEach((c) => {
      if (c.type === type) out.push(c);
      walk(c);
    });
  walk(json);
  return out;
}

/** The unit of `type` whose base number is `num`. */
export function unit(json: NodeJson, type: string, num: string): NodeJson {
  const u = unitsOf(json, type).find((x) => x.attrs?.baseNum === num);
  if (!u) throw new Error(`${type} ${num} not found`);
  return u;
}

/** The ayat `a` of Pasal `p`. */
export function ayat(json: NodeJson, p: string, a: string): NodeJson {
  return unit(unit(json, 'pasal', p), 'ayat', a);
}

/** Set the text of a unit's first paragraph. */
export function setText(u: NodeJson, text: string): void {
  const para = u.content?.[0];
  if (para) para.content = [{ type: 'text', text }];
}

/** The parent of `child` in `root` and its index. */
export function parentOf(root: NodeJson, child: NodeJson): { parent: NodeJson; index: number } {
  let found: { parent: NodeJson; index: number } | null = null;
  const walk = (n: NodeJson) =>
    (n.content ?? []).forEach((c, index) => {
      if (c === child) found = { parent: n, index };
      else walk(c);
    });
  walk(root);
  if (!found) throw new Error('parent not found');
  return found;
}

/** A new Pasal JSON (no baseNum: numbered by perubahan rules). */
export function newPasal(uid: string, text: string): NodeJson {
  return {
    type: 'pasal',
    attrs: { uid, baseNum: null, deleted: false },
    content: [{ type: 'para', content: [{ type: 'text', text }] }],
  };
}

/** A new ayat JSON. */
export function newAyat(uid: string, text: string): NodeJson {
  return {
    type: 'ayat',
    attrs: { uid, baseNum: null, deleted: false },
    content: [{ type: 'para', content: [{ type: 'text', text }] }],
  };
}

/** Edit a deep copy of `base` (as JSON) and return the draft document. */
export function edit(base: Node, fn: (json: NodeJson) => void): Node {
  const json = JSON.parse(JSON.stringify(base.toJSON())) as NodeJson;
  fn(json);
  const doc = perdaSchema.nodeFromJSON(json);
  doc.check();
  return doc;
}
