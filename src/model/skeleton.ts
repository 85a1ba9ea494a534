/**
 * The standard new-Perda skeleton (drafting-rules.md 1.13): the default document of a new
 * project. Judul with the region prefix, frasa, jabatan, Menimbang a.–d. (the final item from the
 * template), Mengingat 1.–3. (1.3.4, with a placeholder for the region's formation law), diktum,
 * BAB I KETENTUAN UMUM (Pasal 1 with the typical definitions of 1.5), a BAB of materi pokok with
 * Bagian Kesatu and a Pasal with two ayat (the second referring to the first) and a huruf list,
 * BAB KETENTUAN PENUTUP with the commencement Pasal, the penutup paragraphs (with roles), and a
 * Penjelasan with I. UMUM and a "Cukup jelas." entry linked to every Pasal. Every region string
 * comes from `opts.region`; every formula from templates.ts.
 */
import type { Node } from 'prosemirror-model';
import type { NumberingMode } from './schema';
import type { SkeletonRegion } from './skeleton-region';
import { buildPerda } from './doc-builders';
import { fillTemplate } from './templates';
import { titleCase } from './region-values';
import { newUid } from './uid';

export type { SkeletonRegion } from './skeleton-region';

/** Options of a new skeleton. */
export interface SkeletonOptions {
  /** Name of the Perda ("Fasilitasi Pencegahan dan Pemberantasan …"), any case. */
  title: string;
  mode: NumberingMode;
  region: SkeletonRegion;
}

/** The name as used inside sentences: kept as typed, or title-cased when typed in capitals. */
function sentenceName(title: string): string {
  const t = title.trim();
  return t && t === t.toUpperCase() ? titleCase(t) : t;
}

/** Build the skeleton document for a new Perda. */
export function newPerdaSkeleton(opts: SkeletonOptions): Node {
  const region = opts.region;
  const ayat1 = newUid();
  const definitions = [
    fillTemplate('definisiDaerah', {}, region),
    fillTemplate('definisiPemerintahDaerah', {}, region),
    fillTemplate('definisiKepalaDaerah', {}, region),
    fillTemplate('definisiDprd', {}, region),
    '… adalah ….',
  ];
  return buildPerda({
    mode: opts.mode,
    title: sentenceName(opts.title),
    region,
    penjelasan: true,
    babs: [
      {
        title: 'KETENTUAN UMUM',
        pasal: [{ text: fillTemplate('ketentuanUmumPembuka'), list: { style: 'angka', items: definitions } }],
      },
      {
        title: '…',
        bagian: [
          {
            title: '…',
            pasal: [
              {
                ayat: [
                  { uid: ayat1, text: '….' },
                  { text: ['… sebagaimana dimaksud pada ', { ref: ayat1, text: 'ayat (1)' }, ' …:'], list: ['…;', '…; dan', '….'] },
                ],
              },
            ],
          },
        ],
      },
      { title: 'KETENTUAN PENUTUP', pasal: [fillTemplate('mulaiBerlaku')] },
    ],
  });
}
