/**
 * Print blocks of the Penutup (drafting-rules.md 1.10): the perintah pengundangan as body text,
 * the Ditetapkan block on the right, the Diundangkan block on the left, and the Lembaran Daerah
 * line in capitals (added from the region settings when the document has none).
 */
import type { Node } from 'prosemirror-model';
import { HEADING_SPACE_PT } from './layout';
import type { Inline, PrintBlock, SideBlock } from './print-model';
import { plain, runsText } from './print-model';
import { runsOf, tpl, type PrintContext } from './print-context';
import type { PENUTUP_ROLES } from '../model/roles';

type Place = 'body' | 'left' | 'right' | 'line';

/** Placement of each penutup role (model/roles.ts PENUTUP_ROLES). */
const ROLE_PLACE: Record<(typeof PENUTUP_ROLES)[number], Place> = {
  pengundangan: 'body',
  ditetapkan: 'right',
  diundangkan: 'left',
  lembaranDaerah: 'line',
  noreg: 'line',
};

/** Where a penutup paragraph goes: by its role, else by its opening words. */
function placeOf(para: Node, current: Place): Place {
  const role = para.attrs.role as string | null;
  if (role && role in ROLE_PLACE) return ROLE_PLACE[role as keyof typeof ROLE_PLACE];
  const t = para.textContent.trim();
  if (/^Ditetapkan\s+di\b/i.test(t)) return 'right';
  if (/^Diundangkan\s+di\b/i.test(t)) return 'left';
  if (/^(TAMBAHAN\s+)?LEMBARAN\s+DAERAH\b|^NOREG\b/.test(t)) return 'line';
  if (/^Agar setiap orang/i.test(t)) return 'body';
  return current === 'line' ? 'left' : current;
}

/** The Lembaran Daerah line for the region: "LEMBARAN DAERAH KOTA BATAM TAHUN ... NOMOR ...". */
export function lembaranLine(ctx: PrintContext): string {
  return tpl(ctx, 'lembaranDaerah', { tahun: ctx.opts.tahun, nomor: '...' });
}

/** The blocks of the penutup node. */
export function penutupBlocks(ctx: PrintContext, penutup: Node): PrintBlock[] {
  const out: PrintBlock[] = [];
  let place: Place = 'body';
  let hasLine = false;
  penutup.forEach((para) => {
    const next = placeOf(para, place);
    const runs = runsOf(ctx, para, { pasalUid: null });
    const changed = next !== place;
    place = next;
    if (place === 'body') {
      out.push({ kind: 'text', style: 'penutup', runs, level: 0 });
    } else if (place === 'line') {
      hasLine = true;
      out.push({ kind: 'side', side: 'left', style: 'lembaran', runs, spaceBefore: changed ? HEADING_SPACE_PT * 2 : 0 });
    } else {
      out.push({ kind: 'side', side: place, style: 'tandaTangan', runs, spaceBefore: changed ? HEADING_SPACE_PT * 2 : 0 });
    }
  });
  if (!hasLine) {
    out.push({ kind: 'side', side: 'left', style: 'lembaran', runs: plain(lembaranLine(ctx)), spaceBefore: HEADING_SPACE_PT * 2 });
  }
  return out;
}

/** The signer of the Ditetapkan block: its jabatan line ("WALI KOTA BATAM,") and last name line. */
export function signerOf(blocks: readonly PrintBlock[]): { jabatan: string | null; name: string | null } {
  const lines = blocks
    .filter((b): b is SideBlock => b.kind === 'side' && b.side === 'right')
    .flatMap((b) => runsText(b.runs as Inline[]).split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const jabatan = lines.find((l) => /,$/.test(l) && l === l.toUpperCase()) ?? null;
  const last = lines[lines.length - 1];
  const name = last && last !== jabatan && !/^ttd\.?$/i.test(last) && !/^pada tanggal/i.test(last) ? last : null;
  return { jabatan, name };
}
