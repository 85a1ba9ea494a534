/**
 * Print blocks of the Judul and the Pembukaan (drafting-rules.md 1.2, 1.3): RANCANGAN for a
 * draft, the centred judul, frasa and jabatan, Menimbang/Mengingat as label columns, the diktum
 * with "Menetapkan :" aligned to Menimbang.
 */
import type { Node } from 'prosemirror-model';
import { HEADING_SPACE_PT } from './layout';
import type { CenteredBlock, PreambleBlock, PrintBlock } from './print-model';
import { plain } from './print-model';
import { isDeleted, isOmitted, runsOf, tpl, stripLeading, unitNumber, DIHAPUS, type PrintContext } from './print-context';

/** The judul lines ("RANCANGAN", prefix, "NOMOR ... TAHUN ...", "TENTANG", name). */
export function judulBlocks(ctx: PrintContext): CenteredBlock[] {
  const o = ctx.opts;
  const lines: CenteredBlock[] = [];
  const line = (text: string, spaceBefore?: number): CenteredBlock => ({
    kind: 'centered',
    style: 'judul',
    runs: plain(text),
    keepNext: true,
    ...(spaceBefore ? { spaceBefore } : {}),
  });
  if (o.draft) lines.push({ kind: 'centered', style: 'rancangan', runs: plain(tpl(ctx, 'rancangan')), keepNext: true });
  lines.push(line(o.prefix), line(judulNomor(ctx)), line(tpl(ctx, 'tentang'), 6), line(o.name, 6));
  return lines;
}

/** "NOMOR 1 TAHUN 2025", or "NOMOR ... TAHUN ..." for a draft. */
export function judulNomor(ctx: PrintContext): string {
  const o = ctx.opts;
  return o.draft ? tpl(ctx, 'judulNomorRancangan') : tpl(ctx, 'judulNomor', { nomor: o.nomor, tahun: o.tahun });
}

/** The blocks of the pembukaan node. */
export function pembukaanBlocks(ctx: PrintContext, pembukaan: Node): PrintBlock[] {
  const out: PrintBlock[] = [];
  pembukaan.forEach((part) => {
    switch (part.type.name) {
      case 'frasa':
      case 'jabatan':
        out.push({ kind: 'centered', style: part.type.name, runs: plain(part.textContent.trim()), keepNext: true, spaceBefore: HEADING_SPACE_PT * 2 });
        break;
      case 'konsiderans':
        out.push(...preambleItems(ctx, part, 'Menimbang', true));
        break;
      case 'dasarHukum':
        out.push(...preambleItems(ctx, part, 'Mengingat', false));
        break;
      case 'diktum':
        out.push(...diktumBlocks(ctx, part));
        break;
    }
  });
  return out;
}

function preambleItems(ctx: PrintContext, list: Node, caption: string, inKonsiderans: boolean): PreambleBlock[] {
  const out: PreambleBlock[] = [];
  const single = list.childCount === 1;
  const ref = { pasalUid: null, inKonsiderans };
  const walkItem = (item: Node, level: number, label: string | undefined) => {
    if (isOmitted(ctx, item)) return;
    if (isDeleted(ctx, item)) {
      out.push(row(label, plain(DIHAPUS), level));
      return;
    }
    let first = true;
    item.forEach((child) => {
      if (child.type.name === 'para') {
        out.push(row(first ? label : undefined, runsOf(ctx, child, ref), level));
        first = false;
      } else if (child.type.name === 'list') {
        child.forEach((sub) => walkItem(sub, level + 1, unitNumber(ctx, sub).marker));
      }
    });
  };
  const row = (label: string | undefined, runs: PreambleBlock['runs'], level: number): PreambleBlock => {
    const b: PreambleBlock = { kind: 'preamble', caption: out.length === 0 ? caption : '', runs, level };
    if (label) b.label = label;
    if (out.length === 0) b.spaceBefore = HEADING_SPACE_PT * 2;
    return b;
  };
  list.forEach((item) => walkItem(item, 0, single ? undefined : unitNumber(ctx, item).marker));
  return out;
}

const MENETAPKAN = /^\s*Menetapkan\s*:?\s*/;

function diktumBlocks(ctx: PrintContext, diktum: Node): PrintBlock[] {
  const out: PrintBlock[] = [];
  const ref = { pasalUid: null };
  diktum.forEach((para, _o, i) => {
    const runs = runsOf(ctx, para, ref);
    if (para.attrs.role === 'menetapkan' || MENETAPKAN.test(para.textContent)) {
      out.push({ kind: 'preamble', caption: 'Menetapkan', runs: stripLeading(runs, MENETAPKAN), level: 0, spaceBefore: HEADING_SPACE_PT });
    } else {
      const memutuskan = /^MEMUTUSKAN/.test(para.textContent.trim());
      out.push({ kind: 'centered', style: 'diktum', runs, keepNext: true, ...(i === 0 || memutuskan ? { spaceBefore: HEADING_SPACE_PT * 2 } : {}) });
    }
  });
  return out;
}
