/**
 * Cross-references (drafting-rules.md 2.2, 2.3, 9.5): a live reference whose target is gone
 * (error) or marked "Dihapus." (warning); a reference written as plain text ("sebagaimana
 * dimaksud dalam Pasal 99") that names no unit of this Perda; and the preposition: "dalam" for
 * a unit of another Pasal, "pada" for an ayat of the same Pasal ("sebagaimana dimaksud pada
 * ayat (1)", without naming the Pasal). References to other regulations ("Pasal 18 ayat (6)
 * Undang-Undang Dasar …") are left alone; so are the units restated in the change items of an
 * amending instrument, whose references point into the amended Perda.
 */
import type { Node } from 'prosemirror-model';
import { resolveAddress } from '../model/references';
import type { UnitNumber } from '../model/numbering';
import { OTHER_REGULATION, THIS_REGULATION } from '../model/other-regulation';
import type { CheckRun, UnitRec } from './context';

const PREP_BEFORE = /dimaksud\s+(dalam|pada)\s*$/i;
const ADDR = /\b(?:[Pp]asal\s+(\d+[A-Z]?)|ayat\s*\((\d+[a-z]?)\))(?:\s+ayat\s*\((\d+[a-z]?)\))?(?:\s+huruf\s+([a-z])\b)?(?:\s+angka\s+(\d+[a-z]?)\b)?/g;
const CHAIN_GAP = /^\s*(?:,|dan|atau|dan\/atau|serta|sampai\s+dengan|s\.d\.?)?\s*(?:dan|atau)?\s*$/;

/** The preposition expected before a reference from `from` to `target`, or null when either is fine. */
function expectedPrep(from: UnitRec, target: UnitNumber): 'dalam' | 'pada' | null {
  if (target.type === 'penjelasanPasal' || target.type === 'changeItem') return null;
  const here = from.pasal?.uid ?? null;
  if (here && target.pasalUid === here) return target.type === 'pasal' ? null : 'pada';
  return 'dalam';
}

/** Report a wrong "dalam"/"pada" at `at` (offset of the word in the unit's text). */
function checkPrep(run: CheckRun, unit: UnitRec, word: string, at: number, target: UnitNumber, named: boolean): void {
  const want = expectedPrep(unit, target);
  if (!want) return;
  const span = { from: at, to: at + word.length };
  if (word.toLowerCase() !== want) {
    const msg = want === 'pada'
      ? `Acuan ke ${target.address} dalam Pasal yang sama ditulis "sebagaimana dimaksud pada …", bukan "dalam".`
      : `Acuan ke ${target.address} ditulis "sebagaimana dimaksud dalam …", bukan "pada" ("pada" hanya untuk ayat dalam Pasal yang sama).`;
    run.report('acuan-dalam-pada', unit, msg, span);
  } else if (want === 'pada' && named) {
    run.report('acuan-dalam-pada', unit, `Acuan ke ayat dalam Pasal yang sama ditulis tanpa menyebut Pasalnya: "sebagaimana dimaksud pada ayat (…)".`, span);
  }
}

/** Check one live reference at offset `at` of the unit's own text. */
function checkRef(run: CheckRun, unit: UnitRec, ref: Node, at: number, before: string): void {
  const label = String(ref.attrs.text ?? '') || 'acuan';
  const span = { from: at, to: at + String(ref.attrs.text ?? '').length };
  for (const uid of [ref.attrs.target, ref.attrs.to]) {
    if (!uid) continue;
    const target = run.numbering.get(String(uid));
    if (!target) {
      if (run.deletedUids.has(String(uid))) run.report('acuan-dihapus', unit, `Acuan "${label}" menunjuk ke unit yang sudah dihapus.`, span);
      else run.report('acuan-rusak', unit, `Acuan "${label}" menunjuk ke unit yang sudah tidak ada; perbaiki atau hapus acuan ini.`, span);
      return;
    }
    if (target.deleted) {
      run.report('acuan-dihapus', unit, `Acuan ke ${target.address}, yang sudah dihapus ("Dihapus.").`, span);
      return;
    }
  }
  const target = run.numbering.get(String(ref.attrs.target));
  const prep = PREP_BEFORE.exec(before);
  if (target && prep) checkPrep(run, unit, prep[1]!, at - before.length + prep.index + prep[0].indexOf(prep[1]!), target, /^pasal\b/i.test(label));
}

/** Check the plain-text addresses of one text node starting at offset `base` of the unit's text. */
function checkTextAddresses(run: CheckRun, unit: UnitRec, text: string, base: number): void {
  const matches = [...text.matchAll(ADDR)];
  let i = 0;
  while (i < matches.length) {
    let j = i;
    while (j + 1 < matches.length) {
      const a = matches[j]!;
      const b = matches[j + 1]!;
      if (!CHAIN_GAP.test(text.slice((a.index ?? 0) + a[0].length, b.index))) break;
      j++;
    }
    const lastM = matches[j]!;
    const after = text.slice((lastM.index ?? 0) + lastM[0].length, (lastM.index ?? 0) + lastM[0].length + 60);
    if (!OTHER_REGULATION.test(after) || THIS_REGULATION.test(after)) {
      let pasal: string | null = null;
      for (let k = i; k <= j; k++) {
        const m = matches[k]!;
        if (m[1]) pasal = m[1];
        const written = m[0].replace(/\s+/g, ' ');
        const address = !m[1] && pasal ? `Pasal ${pasal} ${written}` : written;
        const at = base + (m.index ?? 0);
        const span = { from: at, to: at + m[0].length };
        const uid = resolveAddress(run.doc, address, unit.uid);
        const target = uid ? run.numbering.get(uid) : undefined;
        if (!target) {
          run.report('acuan-rusak', unit, `Acuan "${written}" tidak ditemukan dalam naskah ini.`, span, 'warning');
          continue;
        }
        if (target.deleted) run.report('acuan-dihapus', unit, `Acuan ke ${target.address}, yang sudah dihapus ("Dihapus.").`, span);
        if (k === i) {
          const prep = PREP_BEFORE.exec(text.slice(0, m.index));
          if (prep) checkPrep(run, unit, prep[1]!, base + prep.index + prep[0].indexOf(prep[1]!), target, Boolean(m[1]));
        }
      }
    }
    i = j + 1;
  }
}

/** All references of the document. */
export function checkReferences(run: CheckRun): void {
  const textAddresses = run.doc.attrs.kind !== 'perubahan';
  for (const unit of run.units) {
    if (unit.section === 'change' || unit.section === 'judul' || unit.section === 'lampiran') continue;
    const scanText = textAddresses && unit.section === 'body' && (unit.kind === 'pasal' || unit.kind === 'ayat' || unit.kind === 'item');
    let offset = 0;
    let firstPara = true;
    unit.node.forEach((para) => {
      if (!para.isTextblock) return;
      if (!firstPara) offset += 1;
      firstPara = false;
      let before = '';
      for (let i = 0; i < para.childCount; i++) {
        const c = para.child(i);
        if (c.type.name === 'ref') {
          checkRef(run, unit, c, offset, before);
          offset += String(c.attrs.text ?? '').length;
          before = '';
        } else if (c.isText) {
          const t = c.text ?? '';
          if (scanText && /[Pp]asal|ayat/.test(t)) checkTextAddresses(run, unit, t, offset);
          offset += t.length;
          before += t;
        } else if (c.type.name === 'hardBreak') {
          offset += 1;
          before = '';
        }
      }
    });
  }
}
