/**
 * The standard new-Perda skeleton (drafting-rules.md 1.13): the default document of a new project.
 * PLACEHOLDER: minimal valid skeleton, to be completed to the full 1.13 text.
 */
import type { Node } from 'prosemirror-model';
import type { NumberingMode } from './schema';
import { perdaSchema } from './schema';
import { ensureUids } from './validate';

/** Region data the skeleton needs (a subset of the project's region settings). */
export interface SkeletonRegion {
  name: string;
  place: string;
  head: string;
  province: string;
  gazette: string;
  secretary: string;
  considerationVerb: string;
}

/** Options of a new skeleton. */
export interface SkeletonOptions {
  title: string;
  mode: NumberingMode;
  region: SkeletonRegion;
}

const p = (text: string, role: string | null = null) => ({
  type: 'para',
  attrs: { role },
  content: text ? [{ type: 'text', text }] : [],
});

/** Build the skeleton document for a new Perda. */
export function newPerdaSkeleton(opts: SkeletonOptions): Node {
  const r = opts.region;
  const json = {
    type: 'doc',
    attrs: { mode: opts.mode, kind: 'perda' },
    content: [
      { type: 'judul', attrs: { prefix: `PERATURAN DAERAH ${r.name}` }, content: [{ type: 'text', text: opts.title.toUpperCase() }] },
      {
        type: 'pembukaan',
        content: [
          { type: 'frasa', content: [{ type: 'text', text: 'DENGAN RAHMAT TUHAN YANG MAHA ESA' }] },
          { type: 'jabatan', content: [{ type: 'text', text: `${r.head},` }] },
          { type: 'konsiderans', content: [{ type: 'item', content: [p('bahwa …;')] }] },
          { type: 'dasarHukum', content: [{ type: 'item', content: [p('Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;')] }] },
          { type: 'diktum', content: [p('MEMUTUSKAN:', 'memutuskan')] },
        ],
      },
      {
        type: 'batangTubuh',
        content: [
          {
            type: 'bab',
            content: [
              { type: 'heading', content: [{ type: 'text', text: 'KETENTUAN UMUM' }] },
              { type: 'pasal', content: [p('Dalam Peraturan Daerah ini yang dimaksud dengan:')] },
            ],
          },
        ],
      },
      { type: 'penutup', content: [] },
    ],
  };
  return ensureUids(perdaSchema.nodeFromJSON(json));
}
