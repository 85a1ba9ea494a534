/**
 * Print blocks of a Lampiran (drafting-rules.md 1.12): the heading block at the top right
 * ("LAMPIRAN I / PERATURAN DAERAH ... / NOMOR ... TAHUN ... / TENTANG / NAMA"), the content, and
 * the jabatan and name of the signer at the bottom right (unless the content, imported from a
 * signed text, already ends with them).
 */
import type { Node } from 'prosemirror-model';
import { HEADING_SPACE_PT } from './layout';
import type { PrintBlock, SideBlock } from './print-model';
import { plain } from './print-model';
import { runsOf, tpl, type PrintContext } from './print-context';
import { judulNomor } from './print-pembukaan';

/** The blocks of one lampiran node; `signer` comes from the penutup's Ditetapkan block. */
export function lampiranBlocks(ctx: PrintContext, lampiran: Node, signer: { jabatan: string | null; name: string | null }): PrintBlock[] {
  const o = ctx.opts;
  const head = [String(lampiran.attrs.title || 'LAMPIRAN').toUpperCase(), o.prefix, judulNomor(ctx), tpl(ctx, 'tentang'), o.name];
  const out: PrintBlock[] = head.map((t): SideBlock => ({ kind: 'side', side: 'right', style: 'lampiranKepala', runs: plain(t) }));
  let first = true;
  lampiran.forEach((p) => {
    const runs = runsOf(ctx, p, { pasalUid: null });
    if (p.attrs.role === 'nama' || (first && p.textContent.trim() !== '' && p.textContent === p.textContent.toUpperCase())) {
      out.push({ kind: 'centered', style: 'judul', runs, keepNext: true, spaceBefore: HEADING_SPACE_PT * 2 });
    } else {
      out.push({ kind: 'text', style: 'isi', runs, level: 0, ...(first ? { spaceBefore: HEADING_SPACE_PT * 2 } : {}) });
    }
    first = false;
  });
  const jabatan = signer.jabatan ?? tpl(ctx, 'jabatan');
  // An imported Lampiran may carry its own signature block as text: it is not printed twice.
  if (signedAlready(lampiran, jabatan)) return out;
  out.push({ kind: 'side', side: 'right', style: 'tandaTangan', runs: plain(jabatan), spaceBefore: HEADING_SPACE_PT * 2 });
  if (signer.name) out.push({ kind: 'side', side: 'right', style: 'tandaTangan', runs: plain(signer.name), spaceBefore: HEADING_SPACE_PT * 4 });
  return out;
}

/** How many closing paragraphs of a Lampiran are searched for a signature it carries as text. */
const SIGNATURE_TAIL = 12;

/** True when one of the last paragraphs of `lampiran` is the signer's jabatan ("BUPATI BANJARNEGARA,"). */
function signedAlready(lampiran: Node, jabatan: string): boolean {
  const want = jabatan.replace(/[\s,]+/g, ' ').trim().toUpperCase();
  if (!want) return false;
  const from = Math.max(0, lampiran.childCount - SIGNATURE_TAIL);
  for (let i = from; i < lampiran.childCount; i++) {
    if (lampiran.child(i).textContent.replace(/[\s,]+/g, ' ').trim().toUpperCase().startsWith(want)) return true;
  }
  return false;
}
