/**
 * Change items whose numbers a scan's text recognition set apart from their lines
 * (`lost-item-numbers.ts`): PP 25/2024 as its text layer gives it (test/fixtures/amend), items 2 to
 * 5 and 7 to 9 without their numbers. Before, item 1 swallowed items 2 to 9 and read as one
 * insertion naming seven units.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/parse';
import { changeItemList as items } from '../../helpers/change-items';
import { fixturesDir } from '../../helpers/paths';


const HEAD = 'PERATURAN DAERAH KOTA BATAM\nNOMOR 2 TAHUN 2026\nTENTANG\nPERUBAHAN ATAS PERATURAN DAERAH NOMOR 5 TAHUN 2010\n\nPasal I\nBeberapa ketentuan dalam Peraturan Daerah Nomor 5 Tahun 2010 diubah sebagai berikut:\n';

describe('change items whose numbers text recognition set apart', () => {
  it('PP 25/2024: all 17 items, each with the unit it changes', () => {
    const doc = parseText(fs.readFileSync(path.join(fixturesDir, 'amend', 'pp-2024-25-perubahan-minerba.txt'), 'utf8')).doc;
    expect(items(doc)).toEqual([
      'disisipkan: Pasal 1', 'diubah: Pasal 22', 'diubah: Pasal 48', 'diubah: Pasal 54', 'diubah: Pasal 56', 'diubah: Pasal 79',
      'ditambah: Paragraf 3', 'disisipkan: Pasal 83A', 'diubah: Pasal 104', 'diubah: Pasal 109', 'diubah: Pasal 111', 'diubah: Pasal 120',
      'diubah: Pasal 162', 'diubah: Pasal 177', 'diubah: Pasal 180', 'diubah: Pasal 183', 'disisipkan: Pasal 195A, Pasal 195B',
    ]);
  });

  it('reads a Pasal I that holds a long line of capitals and numbers before a sentence at once (the title test once took exponential time on it)', () => {
    const lines = ['LEMBARAN DAERAH KABUPATEN BANJARNEGARA TAHUN 2025 NOMOR 8 SERI A NOMOR 12 TAMBAHAN LEMBARAN', 'Mengetahui sesuai dengan aslinya,'];
    const started = Date.now();
    const doc = parseText(`${HEAD}1. Pasal 9 dihapus.\n${lines.join('\n')}\nPasal II\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n`).doc;
    expect(items(doc)).toEqual(['dihapus: Pasal 9']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('restores a number only where the numbered items leave exactly room for the instructions without one', () => {
    const restated = (n: number) => `Pasal ${n}\nSetiap orang wajib melapor.\n`;
    const text = (between: string) => `${HEAD}1. Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:\n${restated(3)}${between}3. Pasal 9 dihapus.\nPasal II\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n`;
    const one = `Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:\n${restated(5)}`;
    expect(items(parseText(text(one)).doc)).toEqual(['diubah: Pasal 3', 'diubah: Pasal 5', 'dihapus: Pasal 9']);
    // Two instructions without a number where one is missing: neither is guessed (item 1 runs on to item 3, as before).
    const two = `${one}Ketentuan Pasal 7 diubah sehingga berbunyi sebagai berikut:\n${restated(7)}`;
    expect(items(parseText(text(two)).doc)).toEqual(['diubah: Pasal 3, Pasal 5, Pasal 7']);
    // After the last numbered item, only where the number stands alone somewhere in Pasal I.
    const last = (lone: string) => `${HEAD}1. Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:\n${restated(3)}${lone}${one}Pasal II\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n`;
    expect(items(parseText(last('')).doc)).toEqual(['diubah: Pasal 3, Pasal 5']);
    expect(items(parseText(last('2\nSetiap orang juga wajib mendaftar.\n')).doc)).toEqual(['diubah: Pasal 3', 'diubah: Pasal 5']);
  });
});
