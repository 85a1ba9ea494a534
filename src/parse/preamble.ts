/**
 * Stage 4e — Judul and Pembukaan. Reads: the lines before the batang tubuh, already split into
 * the title block, Menimbang, Mengingat and the diktum. Writes: the `judul` node (prefix, nomor,
 * tahun, name) and the `pembukaan` node (frasa, jabatan, konsiderans items, dasar hukum items,
 * diktum paragraphs). Lines above the judul (kop, "GUBERNUR …" letterhead) are print layer and
 * are reported as removed.
 */
import { buildBody } from './body-blocks';
import { joinLines } from './join-lines';
import { PERSETUJUAN, readMisreadNumber, withFollowingLines } from './patterns';
import { para, paraLines, unit, type PMJson } from './pm-json';
import type { Diagnostic, RemovedLine, SourceLine } from './types';

/**
 * The first line of the judul: a Perda or Perkada, Aceh's Qanun, and the national regulations a
 * Perda is read beside and drafted like (Lampiran II UU 12/2011 sets them all alike).
 */
const JUDUL_LINE = /^(RANCANGAN\s+)?(PERATURAN\s+(DAERAH|BUPATI|WALI\s*KOTA|GUBERNUR|PEMERINTAH|PRESIDEN)\b|QANUN\b|UNDANG-UNDANG\b)/i;
const NOMOR = /\bNOMOR\s+(.+?)\s+TAHUN\s+(\S+)/i;
const FRASA = /^DENGAN\s+RAHMAT\s+TUHAN/i;

/** Build the judul from the lines before the frasa. */
export function buildJudul(lines: readonly SourceLine[], removed: RemovedLine[], diagnostics: Diagnostic[]): { judul: PMJson; rest: SourceLine[] } {
  let i = lines.findIndex((l) => JUDUL_LINE.test(l.text));
  const frasaAt = lines.findIndex((l) => FRASA.test(l.text));
  const end = frasaAt >= 0 ? frasaAt : lines.length;
  if (i < 0 || i > end) {
    if (lines.length > 0) diagnostics.push({ line: lines[0]!.no, page: lines[0]!.page, severity: 'warning', code: 'NO_TITLE', message: 'Judul Peraturan Daerah ("PERATURAN DAERAH … NOMOR … TAHUN … TENTANG …") tidak ditemukan.' });
    const name = joinLines(lines.slice(0, end).map((l) => l.text));
    return { judul: { type: 'judul', attrs: { uid: '', prefix: '', nomor: '', tahun: '' }, content: name ? [{ type: 'text', text: name }] : [] }, rest: lines.slice(end) };
  }
  let rancangan = false;
  for (let k = 0; k < i; k++) {
    const l = lines[k]!;
    if (/^RANCANGAN$/i.test(l.text)) rancangan = true;
    else removed.push({ line: l.no, page: l.page, text: l.text, reason: 'kop naskah di atas judul' });
  }
  const prefixParts: string[] = [];
  let nomor = '';
  let tahun = '';
  const nameParts: string[] = [];
  let state: 'prefix' | 'afterNomor' | 'name' = 'prefix';
  for (; i < end; i++) {
    const t = lines[i]!.text;
    if (state === 'prefix') {
      const m = NOMOR.exec(t);
      const tentang = /\bTENTANG\b/.exec(t);
      const head = m ? t.slice(0, m.index) : tentang ? t.slice(0, tentang.index) : t;
      if (head.trim()) prefixParts.push(head.trim());
      if (m) {
        nomor = readMisreadNumber(m[1]!);
        tahun = readMisreadNumber(m[2]!.replace(/[.,]$/, ''));
        state = 'afterNomor';
      }
      if (tentang) {
        state = 'name';
        const after = t.slice(tentang.index + 7).trim();
        if (after) nameParts.push(after);
      }
      continue;
    }
    if (state === 'afterNomor') {
      const tentang = /^TENTANG\b\s*(.*)$/i.exec(t);
      state = 'name';
      if (tentang) {
        if (tentang[1]) nameParts.push(tentang[1]);
        continue;
      }
    }
    nameParts.push(t);
  }
  const prefix = `${rancangan ? 'RANCANGAN ' : ''}${prefixParts.join(' ')}`;
  const name = joinLines(nameParts);
  return {
    judul: { type: 'judul', attrs: { uid: '', prefix, nomor, tahun }, content: name ? [{ type: 'text', text: name }] : [] },
    rest: lines.slice(end),
  };
}

/** Items of Menimbang / Mengingat from their lines (the label word is removed first). */
export function buildItems(lines: readonly SourceLine[], word: 'Menimbang' | 'Mengingat', diagnostics: Diagnostic[]): PMJson[] {
  const first = lines[0];
  const cleaned = lines.map((l, k) => (k === 0 ? { ...l, text: l.text.replace(/^M\s?e\s?n\s?i\s?m\s?b\s?a\s?n\s?g|^M\s?e\s?n\s?g\s?i\s?n\s?g\s?a\s?t/i, '').replace(/^\s*:?\s*/, '') } : l)).filter((l) => l.text !== '' && !/^[:;.]$/.test(l.text));
  const built = buildBody(cleaned, { allowAyat: false, where: word, diagnostics });
  const items: PMJson[] = [];
  const loose: PMJson[] = [];
  for (const b of built.intro) {
    if (b.type === 'list') {
      for (const it of b.content ?? []) {
        if (loose.length && items.length === 0) it.content = [...loose.splice(0), ...(it.content ?? [])];
        items.push(it);
      }
    } else if (items.length > 0) items[items.length - 1]!.content!.push(b);
    else loose.push(b);
  }
  if (items.length === 0) {
    if (loose.length === 0) {
      diagnostics.push({ line: first?.no, page: first?.page, severity: 'warning', code: 'MISSING_PART', message: `Bagian "${word}" tidak ditemukan atau kosong.` });
      loose.push(para(''));
    }
    items.push(unit('item', null, loose));
  }
  return items;
}

/** Diktum paragraphs: persetujuan block, MEMUTUSKAN, Menetapkan. */
export function buildDiktum(lines: readonly SourceLine[]): PMJson[] {
  const out: PMJson[] = [];
  let block: string[] = [];
  let role: string | null = null;
  const flush = () => {
    if (block.length) out.push(role === 'menetapkan' ? para(joinLines(block), role) : paraLines(block, role));
    block = [];
  };
  lines.forEach((l, i) => {
    if (PERSETUJUAN.test(withFollowingLines(lines, i))) { flush(); role = 'persetujuan'; }
    else if (/^M\s*E\s*M\s*U\s*T\s*U\s*S\s*K\s*A\s*N\b/i.test(l.text)) { flush(); role = 'memutuskan'; }
    else if (/^Menetapkan\b/i.test(l.text)) { flush(); role = 'menetapkan'; }
    block.push(l.text);
    if (role === 'memutuskan') { flush(); role = null; }
  });
  flush();
  return out;
}
