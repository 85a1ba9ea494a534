/**
 * A deterministic generated Perda for store tests and the storage benchmark: `nPasal` Pasal in
 * BAB of `pasalPerBab`, each Pasal with 2-3 ayat (some with a lettered list), and one Penjelasan
 * entry per Pasal. (Local stand-in until src/model/doc-builders.ts `generatePerda` exists.)
 */
import type { DocJson } from '../../../src/api/contract';
import { seededRandom } from '../../../src/model/seeded-random';

/** A ProseMirror JSON node. */
export interface J {
  type: string;
  attrs?: Record<string, unknown>;
  content?: J[];
  text?: string;
}

const WORDS = (
  'penyelenggaraan pemerintah daerah wajib melaksanakan pengawasan terhadap kegiatan usaha yang ' +
  'berkaitan dengan pelayanan masyarakat sesuai ketentuan peraturan perundang-undangan dan ' +
  'berdasarkan asas kepastian hukum keterbukaan akuntabilitas kepentingan umum serta ' +
  'perlindungan hak setiap orang dalam wilayah kota'
).split(' ');


/** Options of `generatePerda`. */
export interface GenerateOptions {
  pasalPerBab?: number;
  seed?: number;
}

/** Generate a schema-valid Perda with `nPasal` Pasal. */
export function generatePerda(nPasal: number, opts: GenerateOptions = {}): DocJson {
  const rand = seededRandom(opts.seed ?? 1);
  let uidN = 0;
  const uid = () => `g${(uidN++).toString(36).padStart(8, '0')}`;
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(rand() * (max - min));
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(rand() * WORDS.length)] as string);
    const s = w.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };
  const para = (text: string): J => ({ type: 'para', content: [{ type: 'text', text }] });
  const unit = (type: string, content: J[]): J => ({ type, attrs: { uid: uid(), baseNum: null, deleted: false }, content });
  const list = (): J => ({
    type: 'list',
    content: Array.from({ length: 3 }, () => unit('item', [para(sentence(6, 14))])),
  });
  const pasal = (): J => {
    const ayatN = 2 + Math.floor(rand() * 2);
    return unit(
      'pasal',
      Array.from({ length: ayatN }, (_, i) => unit('ayat', i === 1 ? [para(sentence(10, 20)), list()] : [para(sentence(15, 35))])),
    );
  };
  const perBab = opts.pasalPerBab ?? 50;
  const babs: J[] = [];
  const pasalUids: string[] = [];
  for (let made = 0; made < nPasal; ) {
    const kids: J[] = [{ type: 'heading', content: [{ type: 'text', text: sentence(2, 5).toUpperCase() }] }];
    for (let i = 0; i < perBab && made < nPasal; i++, made++) {
      const p = pasal();
      pasalUids.push(p.attrs?.uid as string);
      kids.push(p);
    }
    babs.push(unit('bab', kids));
  }
  const doc: J = {
    type: 'doc',
    attrs: { mode: 'penggantian', kind: 'perda' },
    content: [
      { type: 'judul', attrs: { uid: uid(), prefix: 'PERATURAN DAERAH KOTA BATAM', nomor: '', tahun: '' }, content: [{ type: 'text', text: 'PERATURAN UJI' }] },
      {
        type: 'pembukaan',
        content: [
          { type: 'frasa', content: [{ type: 'text', text: 'DENGAN RAHMAT TUHAN YANG MAHA ESA' }] },
          { type: 'jabatan', content: [{ type: 'text', text: 'WALI KOTA BATAM,' }] },
          { type: 'konsiderans', attrs: { uid: uid() }, content: [unit('item', [para(`bahwa ${sentence(10, 20)}`)])] },
          { type: 'dasarHukum', attrs: { uid: uid() }, content: [unit('item', [para(sentence(8, 12))])] },
          { type: 'diktum', content: [para('MEMUTUSKAN:')] },
        ],
      },
      { type: 'batangTubuh', content: babs },
      { type: 'penutup', content: [para(sentence(10, 20))] },
      {
        type: 'penjelasan',
        attrs: { uid: uid() },
        content: [
          { type: 'penjelasanUmum', content: [para(sentence(40, 80))] },
          {
            type: 'penjelasanPasalDemiPasal',
            content: pasalUids.map((t, i) => ({
              type: 'penjelasanPasal',
              attrs: { uid: uid(), target: t, label: `Pasal ${i + 1}` },
              content: [para('Cukup jelas.')],
            })),
          },
        ],
      },
    ],
  };
  return doc as DocJson;
}

/** All Pasal of a generated document, in order. */
export function pasalsOf(doc: DocJson): J[] {
  const out: J[] = [];
  const walk = (n: J) => {
    if (n.type === 'pasal') out.push(n);
    else for (const c of n.content ?? []) walk(c);
  };
  walk(doc as J);
  return out;
}

/** A deep copy of `doc` with one word added to the first paragraph of Pasal `index`. */
export function changeOnePasal(doc: DocJson, index: number, word = 'diubah'): DocJson {
  const copy = structuredClone(doc);
  const pasal = pasalsOf(copy)[index];
  if (!pasal) throw new Error(`no Pasal ${index}`);
  let textNode: J | undefined;
  const find = (n: J) => {
    if (textNode) return;
    if (n.type === 'text') textNode = n;
    for (const c of n.content ?? []) find(c);
  };
  find(pasal);
  if (!textNode) throw new Error('Pasal without text');
  textNode.text = `${textNode.text ?? ''} ${word}`;
  return copy;
}

/** A deep copy of `doc` with a new Pasal inserted after Pasal `index` (same BAB). */
export function insertPasalAfter(doc: DocJson, index: number, uid: string): DocJson {
  const copy = structuredClone(doc);
  const target = pasalsOf(copy)[index];
  const walk = (n: J): boolean => {
    const kids = n.content ?? [];
    const at = kids.findIndex((c) => c === target);
    if (at >= 0) {
      kids.splice(at + 1, 0, {
        type: 'pasal',
        attrs: { uid, baseNum: null, deleted: false },
        content: [{ type: 'para', content: [{ type: 'text', text: 'Pasal sisipan.' }] }],
      });
      return true;
    }
    return kids.some(walk);
  };
  walk(copy as J);
  return copy;
}

/** UTF-8 byte length of a value's JSON. */
export function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v), 'utf8');
}
