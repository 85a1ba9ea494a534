/**
 * Stage 4c — unit tree. Reads: scanned headings with their body lines. Writes: nested JSON
 * units (BAB > Bagian > Paragraf > Pasal) following the allowed nestings (drafting-rules.md
 * 1.4.1); a Bagian outside any BAB or a Paragraf outside any Bagian gets an unnumbered parent
 * and a diagnostic, so that nothing is dropped.
 */
import { buildBody, pasalContent } from './body-blocks';
import { heading, para, unit, type PMJson } from './pm-json';
import type { ScannedUnit } from './unit-scan';
import type { Diagnostic } from './types';

/**
 * Build the unit tree. `loose`: the units an amending instrument restates, which may stand without
 * their BAB (a Bagian or Paragraf at the top) and restate only some of a Pasal's ayat or items, so
 * their numbers are not checked for gaps.
 */
export function assembleUnits(units: readonly ScannedUnit[], loose: boolean, diagnostics: Diagnostic[]): PMJson[] {
  const top: PMJson[] = [];
  let bab: PMJson | null = null;
  let bagian: PMJson | null = null;
  let paragraf: PMJson | null = null;
  const orphan = (u: ScannedUnit, what: string) =>
    diagnostics.push({ line: u.line.no, page: u.line.page, severity: 'warning', code: 'ORPHAN_UNIT', message: `${what} ${u.h.num} berada di luar ${u.h.type === 'paragraf' ? 'Bagian' : 'BAB'}; ditempatkan dalam unit tanpa nomor.` });
  const extraText = (u: ScannedUnit, label: string) => {
    if (u.body.length === 0) return;
    const first = u.body[0]!;
    diagnostics.push({ line: first.no, page: first.page, severity: 'warning', code: 'UNPLACED_TEXT', message: `Teks sesudah judul ${label} sebelum Pasal pertamanya tidak dapat ditempatkan; disimpan sebagai teks judul.` });
  };
  for (const u of units) {
    const label = `${u.h.type === 'bab' ? 'BAB' : u.h.type === 'bagian' ? 'Bagian' : u.h.type === 'paragraf' ? 'Paragraf' : 'Pasal'} ${u.h.num}`;
    const titleWithExtra = () => {
      extraText(u, label);
      return [u.title, ...u.body.map((l) => l.text)].filter(Boolean).join(' ');
    };
    switch (u.h.type) {
      case 'bab': {
        bab = unit('bab', u.h.num, [heading(titleWithExtra())]);
        top.push(bab);
        bagian = null;
        paragraf = null;
        break;
      }
      case 'bagian': {
        const node = unit('bagian', u.h.num, [heading(titleWithExtra())]);
        if (!bab && !loose) {
          orphan(u, 'Bagian');
          bab = unit('bab', null, [heading('')]);
          top.push(bab);
        }
        (bab ? bab.content! : top).push(node);
        bagian = node;
        paragraf = null;
        break;
      }
      case 'paragraf': {
        const node = unit('paragraf', u.h.num, [heading(titleWithExtra())]);
        if (!bagian && (bab || !loose)) {
          orphan(u, 'Paragraf');
          bagian = unit('bagian', null, [heading('')]);
          if (!bab) {
            bab = unit('bab', null, [heading('')]);
            top.push(bab);
          }
          bab.content!.push(bagian);
        }
        (bagian ? bagian.content! : top).push(node);
        paragraf = node;
        break;
      }
      case 'pasal': {
        const built = buildBody(u.body, { allowAyat: true, where: label, diagnostics, quoted: loose });
        const node = unit('pasal', u.h.num, pasalContent(built, label, u.line, diagnostics));
        node.attrs!._line = u.line.no;
        const parent: PMJson | null = paragraf ?? bagian ?? bab;
        (parent ? parent.content! : top).push(node);
        break;
      }
    }
  }
  return top;
}

/** Paragraphs for lines that belong nowhere else (kept, never dropped). */
export function looseParas(texts: readonly string[], role: string | null = null): PMJson[] {
  return texts.map((t) => para(t, role));
}
