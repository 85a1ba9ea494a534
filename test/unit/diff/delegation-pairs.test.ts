/**
 * Delegations ("… diatur dengan Peraturan Pemerintah") are mostly formula: two on other subjects
 * share half their words. In UU 15/1985 -> UU 30/2009 (Ketenagalistrikan, a replacement rewritten
 * under new terms) old Pasal 8 "Pemberian Izin Usaha Ketenagalistrikan … diatur dengan Peraturan
 * Pemerintah" paired with new Pasal 41 "Ketentuan lebih lanjut mengenai jual beli tenaga listrik
 * lintas negara … diatur dengan Peraturan Pemerintah" (Dice 0.52), and old 7 with new 37; they no
 * longer do. Delegations on one subject (UU 22/1997 -> UU 35/2009: "syarat dan tata cara penyaluran
 * narkotika", "publikasi dan pencantuman label") still pair, and so does one whose subject is the
 * Pasal it cites ("Pelaksanaan ketentuan sebagaimana dimaksud dalam Pasal 49 diatur …"), and so does
 * one whose subject the new text widened (UU 3/1989 -> UU 36/1999: "Susunan tarif jasa
 * telekomunikasi" became "Susunan tarif penyelenggaraan jaringan telekomunikasi dan atau tarif
 * penyelenggaraan jasa telekomunikasi", Dice 0.70; it read deleted and inserted).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { fixturesDir } from '../../helpers/paths';

const read = (f: string) => parseText(fs.readFileSync(path.join(fixturesDir, 'diff', f), 'utf8')).doc;
const pairsOf = (a: string, b: string) => {
  const c = compareDocs(read(a), read(b));
  return (newLabel: string) => c.pasal.find((r) => r.new?.label === newLabel)?.old?.label ?? null;
};

describe('delegations paired by their formula alone', () => {
  it('are not paired where their subjects plainly differ', () => {
    const oldOf = pairsOf('uu-1985-15-ketenagalistrikan.txt', 'uu-2009-30-ketenagalistrikan.txt');
    expect([oldOf('Pasal 41'), oldOf('Pasal 37')]).toEqual([null, null]);
  });

  it('are paired where they speak of one thing, or of the Pasal they cite', () => {
    const oldOf = pairsOf('uu-1997-22-narkotika.txt', 'uu-2009-35-narkotika.txt');
    expect([oldOf('Pasal 42'), oldOf('Pasal 47'), oldOf('Pasal 59')]).toEqual(['Pasal 38', 'Pasal 43', 'Pasal 51']);
  });

  it('are not paired where a Pasal that is a delegation alone meets one whose own delegation is on another thing', () => {
    // UU 20/1997 Pasal 7 (agencies report plans and receipts; "… tata cara penyampaian rencana dan
    // atau laporan realisasi …") and UU 9/2018 Pasal 65 ("… syarat dan tata cara pengembalian PNBP …").
    const oldOf = pairsOf('uu-1997-20-pnbp.txt', 'uu-2018-09-pnbp.txt');
    expect(oldOf('Pasal 65')).toBeNull();
  });

  it('are paired where one subject widens the other', () => {
    const oldOf = pairsOf('uu-1989-03-telekomunikasi.txt', 'uu-1999-36-telekomunikasi.txt');
    expect(oldOf('Pasal 27')).toBe('Pasal 17');
  });
});
