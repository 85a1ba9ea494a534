/**
 * A capital I read as a small L by text recognition ("lndonesia", as in the real Banjarnegara
 * 8/2025 text layer) is no change: the unit stays "Tetap" and the old column still quotes the old
 * text as printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/index';
import { tokenize } from '../../../src/diff/tokenize';
import { wordDiff } from '../../../src/diff/word-diff';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const surabaya = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), 'utf8');
const banjarnegara = fs.readFileSync(path.join(corpusDir, 'perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt'), 'utf8');

describe('I read as l by text recognition', () => {
  it('the real slips of the Banjarnegara text read as the words they stand for', () => {
    expect(banjarnegara).toContain('Republik lndonesia');
    const segs = wordDiff(tokenize('Lembaran Negara Republik lndonesia Tahun 2022 Nomor 14'), tokenize('Lembaran Negara Republik Indonesia Tahun 2022 Nomor 14'));
    expect(segs).toEqual([{ op: 'equal', text: 'Lembaran Negara Republik Indonesia Tahun 2022 Nomor 14', old: 'Lembaran Negara Republik lndonesia Tahun 2022 Nomor 14' }]);
    // Other letters still count: a real change of one letter is a change.
    expect(wordDiff(tokenize('Republik Indonesia'), tokenize('Republik lndonesiaa')).some((s) => s.op !== 'equal')).toBe(true);
  });

  it('a text whose BAB III title was read "PERlZINAN" compares unchanged with the original, quoting its own print', () => {
    const slipped = parseText(surabaya.replace('PERIZINAN TEMPAT PARKIR', 'PERlZINAN TEMPAT PARKIR')).doc;
    const c = compareDocs(slipped, parseText(surabaya).doc);
    const bab3 = c.headings.find((h) => h.new?.label === 'BAB III')!;
    expect(bab3.status).toBe('unchanged');
    expect(bab3.segments).toEqual([{ op: 'equal', text: 'PERIZINAN TEMPAT PARKIR', old: 'PERlZINAN TEMPAT PARKIR' }]);
    expect([...c.headings, ...c.pasal].every((r) => r.status === 'unchanged')).toBe(true);
  });
});

describe('rn read as m by text recognition', () => {
  it('"Gubemur" and "GUBEMUR" read as "Gubernur" (the Sulawesi Utara 4/2014 text has "Gubernur" throughout)', () => {
    const sulut = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
    expect(sulut).toContain('Gubernur');
    const c = compareDocs(parseText(sulut).doc, parseText(sulut.replace(/Gubernur/g, 'Gubemur').replace(/GUBERNUR/g, 'GUBEMUR')).doc);
    expect([...c.judul, ...c.konsiderans, ...c.dasarHukum, ...c.headings, ...c.pasal].filter((r) => r.status !== 'unchanged').map((r) => r.new?.label)).toEqual([]);
    expect(wordDiff(tokenize('Gubernur menetapkan'), tokenize('Gubernur menetapkan'))).toHaveLength(1);
    // A word that really differs still counts.
    expect(wordDiff(tokenize('Gubernur menetapkan'), tokenize('Bupati menetapkan')).some((s) => s.op !== 'equal')).toBe(true);
  });
});

describe('digits read as letters by text recognition', () => {
  it('a number that starts with a digit reads its O as 0 and its l or I as 1, and quotes its own print', () => {
    const segs = wordDiff(tokenize('Undang-Undang Nomor 22 Tahun 2OO9 dan denda Rp. 5O.0OO.0OO,00 menurut Pasal 2O dan Pasal 3l'), tokenize('Undang-Undang Nomor 22 Tahun 2009 dan denda Rp. 50.000.000,00 menurut Pasal 20 dan Pasal 31'));
    expect(segs.every((s) => s.op === 'equal')).toBe(true);
    expect(segs.map((s) => s.old ?? s.text).join('')).toContain('2OO9');
  });

  it('a word that starts with a letter stays a word, and a number followed by a word keeps both', () => {
    // "O2" (oxygen, in the Banjarnegara tariff table) is not the number 02.
    expect(tokenize('O2').map((t) => [t.kind, t.k])).toEqual([['word', 'O2']]);
    expect(wordDiff(tokenize('gas O2'), tokenize('gas 02')).some((s) => s.op !== 'equal')).toBe(true);
    expect(tokenize('12lembar').map((t) => [t.kind, t.s])).toEqual([['num', '12'], ['word', 'lembar']]);
    expect(tokenize('Pasal 7A').map((t) => [t.kind, t.num])).toEqual([['pasalRef', '7A']]);
    // A real change of a digit is a change.
    expect(wordDiff(tokenize('Tahun 2OO9'), tokenize('Tahun 2019')).some((s) => s.op !== 'equal')).toBe(true);
  });
});
