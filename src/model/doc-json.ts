/**
 * Small builders of Perda ProseMirror JSON shared by the skeleton, the document builders and the
 * benchmark generator (one place for the shape of paragraphs, pembukaan, penutup, penjelasan).
 * Texts of legal formulas come from templates.ts, region strings from the region settings.
 */
import { fillTemplate, hurufList } from './templates';
import { regionValues } from './region-values';
import type { SkeletonRegion } from './skeleton-region';
import type { ParaRole } from './roles';

/** A ProseMirror JSON node. */
export interface NodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJson[];
  text?: string;
}

/** A live reference inside text: `target` uid, optional range end `to`, label as rendered. */
export interface RefSpec {
  ref: string;
  to?: string | null;
  text?: string;
}

/** Inline content: a string ("\n" becomes a line break) or a mix of strings and references. */
export type InlineSpec = string | ReadonlyArray<string | RefSpec>;

/** A source of fresh uids (random by default; seeded for deterministic generators). */
export type UidSource = () => string;

/** Inline JSON of a string or mixed content. */
export function inlineJson(spec: InlineSpec): NodeJson[] {
  const parts = typeof spec === 'string' ? [spec] : spec;
  const out: NodeJson[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') {
      out.push({ type: 'ref', attrs: { target: part.ref, to: part.to ?? null, text: part.text ?? '' } });
      continue;
    }
    part.split('\n').forEach((line, i) => {
      if (i > 0) out.push({ type: 'hardBreak' });
      if (line) out.push({ type: 'text', text: line });
    });
  }
  return out;
}

/** A paragraph, optionally with a role. */
export function paraJson(spec: InlineSpec, role: ParaRole | null = null): NodeJson {
  return { type: 'para', attrs: { role }, content: inlineJson(spec) };
}

/** A text-only node (heading, frasa, jabatan). */
export function textNodeJson(type: string, text: string): NodeJson {
  return { type, content: text ? [{ type: 'text', text }] : [] };
}

/** The judul of a Perda: prefix from the region, name in capitals, nomor/tahun empty for a draft. */
export function judulJson(region: SkeletonRegion, title: string, uid: UidSource, nomor = '', tahun = ''): NodeJson {
  return {
    type: 'judul',
    attrs: { uid: uid(), prefix: fillTemplate('judulPrefix', {}, region), nomor, tahun },
    content: title ? [{ type: 'text', text: title.toUpperCase() }] : [],
  };
}

/** Options of the pembukaan. */
export interface PembukaanOptions {
  /** Name of the Perda as it appears in sentences ("Fasilitasi Pencegahan …"). */
  nama: string;
  /** Konsiderans items before the final one (each "bahwa …;"); default three placeholders. */
  konsiderans?: readonly string[];
  /** The exact Menimbang items (no final item added), e.g. one delegation item; overrides `konsiderans`. */
  menimbang?: readonly string[];
  /** Mengingat items; default the three Perda-specific first items of 1.3.4. */
  mengingat?: readonly string[];
}

/** The default Mengingat items (1.3.4): UUD, the region's formation law (placeholder), UU 23/2014. */
export function defaultMengingat(region: SkeletonRegion): string[] {
  return [
    fillTemplate('mengingatUud'),
    fillTemplate('mengingatPembentukan', {
      uuPembentukan: `Undang-Undang Nomor … Tahun … tentang Pembentukan … ${regionValues(region).regionTitle} (Lembaran Negara Republik Indonesia Tahun … Nomor …, Tambahan Lembaran Negara Republik Indonesia Nomor …)`,
    }),
    fillTemplate('mengingatPemda', { lembaran: '…', perubahanTerakhir: '…' }),
  ];
}

/** The pembukaan: frasa, jabatan, Menimbang (with the final item from the template), Mengingat, diktum. */
export function pembukaanJson(region: SkeletonRegion, opts: PembukaanOptions, uid: UidSource): NodeJson {
  const before = opts.konsiderans ?? ['bahwa …;', 'bahwa …;', 'bahwa …;'];
  const konsiderans = [...(opts.menimbang ?? before)];
  if (!opts.menimbang && before.length > 0) konsiderans.push(fillTemplate('konsideransPenutup', { huruf: hurufList(before.length), nama: opts.nama }, region));
  const mengingat = opts.mengingat ?? defaultMengingat(region);
  const item = (text: string): NodeJson => ({ type: 'item', attrs: { uid: uid() }, content: [paraJson(text)] });
  return {
    type: 'pembukaan',
    content: [
      textNodeJson('frasa', fillTemplate('frasa')),
      textNodeJson('jabatan', fillTemplate('jabatan', {}, region)),
      { type: 'konsiderans', attrs: { uid: uid() }, content: konsiderans.map(item) },
      { type: 'dasarHukum', attrs: { uid: uid() }, content: mengingat.map(item) },
      {
        type: 'diktum',
        content: [
          paraJson(fillTemplate('persetujuanBersama'), 'persetujuanBersama'),
          paraJson(fillTemplate('dprd', {}, region), 'dprd'),
          paraJson(fillTemplate('dan'), 'dan'),
          paraJson(fillTemplate('kepalaDaerah', {}, region), 'kepalaDaerah'),
          paraJson(fillTemplate('memutuskan'), 'memutuskan'),
          paraJson(fillTemplate('menetapkan', { nama: opts.nama }, region), 'menetapkan'),
        ],
      },
    ],
  };
}

/** The penutup of a draft: pengundangan, ditetapkan, diundangkan, Lembaran Daerah, NOREG ("…" for unknowns). */
export function penutupJson(region: SkeletonRegion): NodeJson {
  const dots = { tanggal: '…', tahun: '...', nomor: '...', noreg: '...', namaKepalaDaerah: '…', namaSekretaris: '…' };
  return {
    type: 'penutup',
    content: [
      paraJson(fillTemplate('pengundangan', {}, region), 'pengundangan'),
      paraJson(fillTemplate('ditetapkan', dots, region), 'ditetapkan'),
      paraJson(fillTemplate('diundangkan', dots, region), 'diundangkan'),
      paraJson(fillTemplate('lembaranDaerah', dots, region), 'lembaranDaerah'),
      paraJson(fillTemplate('noreg', dots, region), 'noreg'),
    ],
  };
}

/** A Penjelasan with a placeholder I. UMUM and one "Cukup jelas." entry per Pasal (linked by uid). */
export function penjelasanJson(pasal: ReadonlyArray<{ uid: string; label: string }>, uid: UidSource, umum = '…'): NodeJson {
  return {
    type: 'penjelasan',
    attrs: { uid: uid() },
    content: [
      { type: 'penjelasanUmum', content: [paraJson(umum)] },
      {
        type: 'penjelasanPasalDemiPasal',
        content: pasal.map((p) => ({
          type: 'penjelasanPasal',
          attrs: { uid: uid(), target: p.uid, label: p.label },
          content: [paraJson(fillTemplate('cukupJelas'))],
        })),
      },
    ],
  };
}
