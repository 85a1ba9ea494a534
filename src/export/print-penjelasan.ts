/**
 * Print blocks of the Penjelasan (drafting-rules.md 1.11): its own judul ("PENJELASAN / ATAS /
 * ..."), "I. UMUM", "II. PASAL DEMI PASAL" with one entry per Pasal headed by the Pasal's current
 * number ("Pasal 7"), "Ayat (1)"/"Huruf a" sub-headings indented, the text indented below them,
 * and the Tambahan Lembaran Daerah line.
 */
import type { Node } from 'prosemirror-model';
import { HEADING_SPACE_PT } from './layout';
import type { PrintBlock } from './print-model';
import { plain } from './print-model';
import { runsOf, tpl, type PrintContext } from './print-context';
import { judulNomor } from './print-pembukaan';

const SUBHEAD = /^(Ayat|Huruf|Angka)\s+\S+$/;

/** The blocks of the penjelasan node. */
export function penjelasanBlocks(ctx: PrintContext, penjelasan: Node): PrintBlock[] {
  const o = ctx.opts;
  const out: PrintBlock[] = [];
  for (const [i, t] of [
    tpl(ctx, 'penjelasan'),
    tpl(ctx, 'atas'),
    o.prefix,
    judulNomor(ctx),
    tpl(ctx, 'tentang'),
    o.name,
  ].entries()) {
    out.push({
      kind: 'centered',
      style: 'penjelasanJudul',
      runs: plain(t),
      keepNext: true,
      ...(i >= 4 ? { spaceBefore: 6 } : {}),
    });
  }
  let hasTambahan = false;
  penjelasan.forEach((part) => {
    if (part.type.name === 'penjelasanUmum') {
      out.push({
        kind: 'text',
        style: 'penjelasanBagian',
        ...labelled(tpl(ctx, 'penjelasanUmum')),
        level: 1,
        keepNext: true,
        left: true,
        spaceBefore: HEADING_SPACE_PT * 2,
      });
      part.forEach((p) => {
        if (/^TAMBAHAN\s+LEMBARAN/.test(p.textContent.trim())) hasTambahan = true;
        out.push({
          kind: 'text',
          style: 'penjelasanIsi',
          runs: runsOf(ctx, p, { pasalUid: null }),
          level: 1,
        });
      });
    } else if (part.type.name === 'penjelasanPasalDemiPasal') {
      out.push({
        kind: 'text',
        style: 'penjelasanBagian',
        ...labelled(tpl(ctx, 'penjelasanPasalDemiPasal')),
        level: 1,
        keepNext: true,
        left: true,
        spaceBefore: HEADING_SPACE_PT * 2,
      });
      part.forEach((entry) => {
        if (entryBlocks(ctx, entry, out)) hasTambahan = true;
      });
    }
  });
  if (!hasTambahan) {
    out.push({
      kind: 'side',
      side: 'left',
      style: 'lembaran',
      runs: plain(tpl(ctx, 'tambahanLembaranDaerah', { nomor: '...' })),
      spaceBefore: HEADING_SPACE_PT * 2,
    });
  }
  return out;
}

/** "I. UMUM" as label "I." and text "UMUM". */
function labelled(text: string): { label: string; runs: ReturnType<typeof plain> } {
  const i = text.indexOf(' ');
  return { label: text.slice(0, i), runs: plain(text.slice(i + 1)) };
}

/** The heading of an entry: the target Pasal's current marker, or the stored label. */
export function entryLabel(ctx: PrintContext, entry: Node): string {
  const target = entry.attrs.target as string | null;
  const u = target ? ctx.numbering.get(target) : undefined;
  return u ? u.marker : String(entry.attrs.label ?? '');
}

/** A Pasal heading inside an entry: the Penjelasan of an amending instrument (3.6) has them under Pasal I. */
const PASAL_HEAD = /^Pasal\s+\d+[A-Z]?$/;
const ANGKA_HEAD = /^Angka\s+\S+$/;

/**
 * One entry. An ordinary entry: "Ayat (1)"/"Huruf a" sub-headings one level in, their text one
 * level further. The Pasal I entry of an amending instrument (drafting-rules.md 3.6) nests
 * deeper: "Angka N" (the change item), the restated "Pasal 5" under it, that Pasal's
 * "Ayat (1)" under the Pasal, and the text under the innermost heading.
 */
function entryBlocks(ctx: PrintContext, entry: Node, out: PrintBlock[]): boolean {
  out.push({
    kind: 'text',
    style: 'penjelasanPasal',
    runs: plain(entryLabel(ctx, entry)),
    level: 1,
    keepNext: true,
    left: true,
    spaceBefore: HEADING_SPACE_PT,
  });
  const refCtx = { pasalUid: (entry.attrs.target as string | null) ?? null };
  let nested = false;
  entry.forEach((p) => {
    if (PASAL_HEAD.test(p.textContent.trim())) nested = true;
  });
  const head = (t: string, level: number) =>
    out.push({
      kind: 'text',
      style: 'penjelasanPasal',
      runs: plain(t),
      level,
      keepNext: true,
      left: true,
    });
  let pasalLevel = 2;
  let subLevel = 2;
  let textLevel = 2;
  let tambahan = false;
  entry.forEach((p) => {
    const t = p.textContent.trim();
    if (nested && ANGKA_HEAD.test(t)) {
      head(t, 2);
      pasalLevel = textLevel = 3;
    } else if (nested && PASAL_HEAD.test(t)) {
      head(t, pasalLevel);
      subLevel = textLevel = pasalLevel + 1;
    } else if (SUBHEAD.test(t)) {
      head(t, subLevel);
      textLevel = subLevel + 1;
    } else {
      if (/^TAMBAHAN\s+LEMBARAN/.test(t)) tambahan = true;
      out.push({
        kind: 'text',
        style: 'penjelasanIsi',
        runs: runsOf(ctx, p, refCtx),
        level: textLevel,
      });
    }
  });
  return tambahan;
}
