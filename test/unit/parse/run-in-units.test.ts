/**
 * Units run together on one line, as a web page's text gives them, are set apart: the last item
 * run into the one before it ("b. …; dan c. …"), a list run into the sentence that opens it, an
 * ayat run into the list before it, definitions run together; what only looks like a marker
 * stays as written. And the national texts, each ayat and item run into the line before it,
 * read as the texts set a paragraph a line.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import type { Comparison } from '../../../src/diff/types';
import { parseText } from '../../../src/parse';
import { fixturesDir } from '../../helpers/paths';
import { runIn } from '../../helpers/relayout';

const HEAD = 'PERATURAN DAERAH KOTA BATAM\nNOMOR 1 TAHUN 2026\nTENTANG\nUJI\n\nBAB I\nKETENTUAN UMUM\n\n';

/** The Pasal of `text` as lines: each unit's marker-free text, indented by its depth ("ayat:", "item:", "para:"). */
function outline(body: string): string[] {
  const out: string[] = [];
  const walk = (node: Node, depth: number) => {
    node.forEach((child) => {
      const name = child.type.name;
      if (name === 'para') out.push(`${'  '.repeat(depth)}${child.textContent}`);
      else if (name === 'ayat' || name === 'item') {
        out.push(`${'  '.repeat(depth)}${name}:`);
        walk(child, depth + 1);
      } else walk(child, depth);
    });
  };
  parseText(HEAD + body).doc.descendants((node) => {
    if (node.type.name !== 'pasal') return true;
    walk(node, 0);
    return false;
  });
  return out;
}

describe('units run together on one line', () => {
  it('sets apart the last item run into the one before it', () => {
    expect(outline('Pasal 1\nSetiap orang wajib:\na. satu hal;\nb. dua hal; dan c. tiga hal.\n')).toEqual([
      'Setiap orang wajib:', 'item:', '  satu hal;', 'item:', '  dua hal; dan', 'item:', '  tiga hal.',
    ]);
  });

  it('sets apart a list run into its sentence, a list inside an item, and the ayat after them', () => {
    expect(outline('Pasal 1\n(1) Setiap orang wajib: a. satu hal; b. dua hal meliputi: 1. x; 2. y; dan c. tiga hal. (2) Ketentuan lain.\n')).toEqual([
      'ayat:', '  Setiap orang wajib:', '  item:', '    satu hal;', '  item:', '    dua hal meliputi:', '    item:', '      x;', '    item:', '      y; dan',
      '  item:', '    tiga hal.', 'ayat:', '  Ketentuan lain.',
    ]);
  });

  it('finds the next ayat after a list whose first items stood on lines before', () => {
    expect(outline('Pasal 1\n(1) Setiap orang wajib: a. satu hal; dan\nb. dua hal. (2) Ketentuan lain.\n')).toEqual([
      'ayat:', '  Setiap orang wajib:', '  item:', '    satu hal; dan', '  item:', '    dua hal.', 'ayat:', '  Ketentuan lain.',
    ]);
  });

  it('sets apart an item run into the one before it after "dan/atau"', () => {
    // UU 33/2009 Pasal 14 ayat (4): "a. usaha penjualan dan/atau penyewaan film; dan/atau b. usaha pertunjukan film."
    expect(outline('Pasal 1\nIzin usaha diberikan untuk setiap jenis usaha:\na. usaha penjualan film; dan/atau b. usaha pertunjukan film.\n')).toEqual([
      'Izin usaha diberikan untuk setiap jenis usaha:', 'item:', '  usaha penjualan film; dan/atau', 'item:', '  usaha pertunjukan film.',
    ]);
  });

  it('sets apart an item run into the one before it after "serta"', () => {
    // UU 7/1992 Pasal 11 ayat (3): "e. pejabat bank lainnya; serta f. perusahaan-perusahaan …".
    expect(outline('Pasal 1\nBank Indonesia menetapkan batas kepada:\na. anggota direksi; dan\nb. pejabat bank lainnya; serta c. perusahaan yang terkait.\n')).toEqual([
      'Bank Indonesia menetapkan batas kepada:', 'item:', '  anggota direksi; dan', 'item:', '  pejabat bank lainnya; serta', 'item:', '  perusahaan yang terkait.',
    ]);
  });

  it('sets apart an item run into the one before it after "dan atau" and "dan / a tau"', () => {
    // UU 20/1997 Pasal 14 ayat (4): "b. memberikan kesempatan …; dan atau c. memberikan keterangan …";
    // UU 9/2018 Pasal 50 ayat (2), as text recognition read "dan/atau": "…; dan / a tau d. hasil pengawasan Menteri."
    expect(outline('Pasal 1\nPihak yang diperiksa wajib:\na. memperlihatkan catatan;\nb. memberikan kesempatan; dan atau c. memberikan keterangan.\n')).toEqual([
      'Pihak yang diperiksa wajib:', 'item:', '  memperlihatkan catatan;', 'item:', '  memberikan kesempatan; dan atau', 'item:', '  memberikan keterangan.',
    ]);
    expect(outline('Pasal 1\nPermintaan dilakukan berdasarkan:\na. adanya indikasi;\nb. hasil pengawasan intern; dan / a tau c. hasil pengawasan Menteri.\n')).toEqual([
      'Permintaan dilakukan berdasarkan:', 'item:', '  adanya indikasi;', 'item:', '  hasil pengawasan intern; dan / a tau', 'item:', '  hasil pengawasan Menteri.',
    ]);
  });

  it('sets apart the ayat run in after an ayat (1) whose words follow its marker with no space', () => {
    // UU 3/1989 Pasal 30: "(1)Pemakai jasa telekomunikasi berhak … ayat (2). (2) Ketentuan … (3) Tata cara …".
    expect(outline('Pasal 1\n(1)Pemakai jasa berhak atas ganti rugi sebagaimana dimaksud dalam Pasal 12 ayat (2). (2) Ketentuan pada ayat (1) tidak berlaku. (3) Tata cara diatur dengan Peraturan Pemerintah.\n')).toEqual([
      'ayat:', '  Pemakai jasa berhak atas ganti rugi sebagaimana dimaksud dalam Pasal 12 ayat (2).', 'ayat:', '  Ketentuan pada ayat (1) tidak berlaku.', 'ayat:', '  Tata cara diatur dengan Peraturan Pemerintah.',
    ]);
  });

  it('sets apart an ayat whose ")" text recognition read as a 1, and the ayat after the list it opens (PP 72/2021: "… yang baik. (21 Untuk mencapai …")', () => {
    expect(outline('Pasal 1\n(1) Perusahaan memiliki maksud dan tujuan berdasarkan prinsip yang baik. (21 Untuk mencapai maksud sebagaimana dimaksud pada ayat (1), Perusahaan melaksanakan kegiatan usaha utama: a. aktivitas kantor pusat; dan b. aktivitas konsultasi manajemen. (3) Selain kegiatan usaha utama, Perusahaan dapat melakukan kegiatan usaha lain.\n')).toEqual([
      'ayat:', '  Perusahaan memiliki maksud dan tujuan berdasarkan prinsip yang baik.',
      'ayat:', '  Untuk mencapai maksud sebagaimana dimaksud pada ayat (1), Perusahaan melaksanakan kegiatan usaha utama:', '  item:', '    aktivitas kantor pusat; dan', '  item:', '    aktivitas konsultasi manajemen.',
      'ayat:', '  Selain kegiatan usaha utama, Perusahaan dapat melakukan kegiatan usaha lain.',
    ]);
  });

  it('sets apart an ayat run in after a stop a web page set in underscores (PP 33/2005 Pasal 18: "… hasil Privatisasi _._ __ (2) Biaya …")', () => {
    expect(outline('Pasal 1\n(1) Biaya pelaksanaan Privatisasi dibebankan pada hasil Privatisasi _._ __ (2) Biaya pelaksanaan Privatisasi dipergunakan untuk operasional.\n')).toEqual([
      'ayat:', '  Biaya pelaksanaan Privatisasi dibebankan pada hasil Privatisasi _._', 'ayat:', '  Biaya pelaksanaan Privatisasi dipergunakan untuk operasional.',
    ]);
  });

  it('goes on past huruf z: "z. …; dan aa. …" run together is two items', () => {
    const letters = 'abcdefghijklmnopqrstuvwxy'.split('').map((c) => `${c}. data ${c};`).join('\n');
    const out = outline(`Pasal 1\nData perseorangan meliputi:\n${letters}\nz. data z; dan aa. data aa.\n`);
    expect(out.slice(-4)).toEqual(['item:', '  data z; dan', 'item:', '  data aa.']);
  });

  it('leaves as written what only looks like a marker', () => {
    const text = 'Pasal 1\n(1) Ketentuan sebagaimana dimaksud pada ayat (2) dan (3) huruf a, b, dan c berlaku. (2) Biaya Rp. 5.000,00 dibayar a.n. Wali Kota; e. tidak berurutan.\n';
    expect(outline(text)).toEqual(['ayat:', '  Ketentuan sebagaimana dimaksud pada ayat (2) dan (3) huruf a, b, dan c berlaku.', 'ayat:', '  Biaya Rp. 5.000,00 dibayar a.n. Wali Kota; e. tidak berurutan.']);
  });
});

/** Every row of the comparison that is not unchanged, or has a part that is not. */
function changes(c: Comparison): string[] {
  const rows = [...c.pasal, ...c.konsiderans, ...c.dasarHukum, ...c.headings, ...c.penjelasan, ...c.judul, ...c.diktum, ...c.penutup];
  return rows.filter((r) => r.status !== 'unchanged' || ('parts' in r && r.parts.some((p) => p.status !== 'unchanged'))).map((r) => `${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}: ${r.status}`);
}

describe('a national law, each ayat and item run into the line before it', () => {
  const texts = ['diff/uu-1997-28-kepolisian.txt', 'diff/uu-2002-02-kepolisian.txt', 'diff/uu-2009-35-narkotika.txt', 'diff/uu-2009-33-perfilman.txt', 'amend/uu-1999-31-tipikor.txt', 'amend/uu-2001-16-yayasan.txt', 'amend/uu-2001-20-perubahan-tipikor.txt', 'amend/uu-2004-28-perubahan-yayasan.txt'];
  for (const f of texts) {
    it(`${path.basename(f, '.txt')} reads as set a paragraph a line`, () => {
      const text = fs.readFileSync(path.join(fixturesDir, f), 'utf8');
      const joined = runIn(text);
      expect(joined.split('\n').length).toBeLessThan(text.split('\n').length - 40);
      expect(changes(compareDocs(parseText(text).doc, parseText(joined).doc))).toEqual([]);
    });
  }

  it('UU 22/1997 too, but for Pasal 36, where the source sets an item "f." after "d."', () => {
    // Set a paragraph a line, "f. eksportir." is an item of its own; run into "d. …", it is no
    // item that follows "d." and stays that item's words.
    const text = fs.readFileSync(path.join(fixturesDir, 'diff/uu-1997-22-narkotika.txt'), 'utf8');
    expect(changes(compareDocs(parseText(text).doc, parseText(runIn(text)).doc))).toEqual(['Pasal 36 -> Pasal 36: changed']);
  });
});
