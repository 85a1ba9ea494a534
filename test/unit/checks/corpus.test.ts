/**
 * The checks on real enacted Perda (imported with the parser): sensible numbers of findings,
 * well-formed findings, and the real drafting slips of these texts found where they are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { parseText } from '../../../src/parse';
import { RULE_BY_ID, runChecks, type Finding } from '../../../src/checks';
import { unitOwnText } from '../../../src/checks/unit-text';
import { corpusDir } from '../../helpers/paths';

const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const parsed = new Map<string, { doc: Node; findings: Finding[] }>();
const load = (name: string) => {
  let hit = parsed.get(name);
  if (!hit) {
    const doc = parseText(fs.readFileSync(path.join(corpusDir, name), 'utf8')).doc;
    hit = { doc, findings: runChecks(doc) };
    parsed.set(name, hit);
  }
  return hit;
};
const fileLike = (part: string) => {
  const f = files.find((x) => x.includes(part));
  if (!f) throw new Error(`corpus file ${part} missing`);
  return load(f);
};
const has = (findings: Finding[], ruleId: string, address: string, message?: RegExp) =>
  findings.some((f) => f.ruleId === ruleId && f.address === address && (!message || message.test(f.message)));

describe('checks on the real corpus', () => {
  it('finds the six corpus texts', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s: well-formed findings in sensible numbers', (name) => {
    const { doc, findings } = load(name);
    const texts = new Map<string, string>();
    let pasal = 0;
    doc.descendants((n) => {
      if (n.type.name === 'pasal') pasal++;
      const uid = n.attrs.uid;
      if (typeof uid === 'string' && uid && !texts.has(uid)) texts.set(uid, unitOwnText(n.type.name === 'penjelasan' ? n.firstChild! : n));
      return true;
    });
    for (const f of findings) {
      const rule = RULE_BY_ID.get(f.ruleId);
      expect(rule, f.ruleId).toBeDefined();
      expect(f.citation).toBe(rule!.citation);
      expect(f.message.length).toBeGreaterThan(10);
      expect(texts.has(f.uid), `${f.ruleId} ${f.address}`).toBe(true);
      if (f.from !== undefined) expect(f.to!).toBeLessThanOrEqual(texts.get(f.uid)!.length);
    }
    // Enacted texts have real slips, but not a flood: at most 1 finding per Pasal plus the
    // pembukaan and Pasal 1 (measured: 4 to 33 findings on 4 to 44 Pasal), and no errors.
    expect(findings.length).toBeLessThanOrEqual(pasal + 20);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('Sulut 4/2014: the opening of Pasal 14 ends with ";" and of Pasal 19 ayat (2) has no ":"; Pasal 2 huruf c has no "."', () => {
    const { findings } = fileLike('sulut-2014');
    expect(has(findings, 'tanda-baca-rincian', 'Pasal 14', /pembuka rincian.*titik dua/)).toBe(true);
    expect(has(findings, 'tanda-baca-rincian', 'Pasal 19 ayat (2)', /pembuka rincian.*titik dua/)).toBe(true);
    expect(has(findings, 'tanda-baca-rincian', 'Pasal 2 huruf c', /terakhir.*titik/)).toBe(true);
    expect(has(findings, 'tanda-baca-rincian', 'Pasal 17 ayat (1) huruf b', /titik koma/)).toBe(true);
    // "Kepastian Hukum;dan" (no space) is a correct last-but-one ending.
    expect(has(findings, 'tanda-baca-rincian', 'Pasal 2 huruf b')).toBe(false);
  });

  it('Sulut 3/2016: "sebagaimana dimaksud pada Pasal 3" and definitions ending with ";"', () => {
    const { findings } = fileLike('sulut-2016');
    expect(has(findings, 'acuan-dalam-pada', 'Pasal 4 ayat (5)', /dalam/)).toBe(true);
    expect(has(findings, 'acuan-dalam-pada', 'Pasal 4 ayat (6)', /dalam/)).toBe(true);
    expect(has(findings, 'definisi-tanda-baca', 'Pasal 1 angka 2', /titik/)).toBe(true);
    expect(has(findings, 'formula-pengundangan', 'Pasal 9', /dapat mengetahuinya/)).toBe(true);
  });

  it('Surabaya 1/2009: the last Menimbang ends with ".", Pasal 3 ayat (2) huruf c with ";", "retribusi" defined twice', () => {
    const { findings } = fileLike('surabaya-2009');
    expect(has(findings, 'menimbang', 'Menimbang huruf c', /titik koma/)).toBe(true);
    expect(has(findings, 'tanda-baca-rincian', 'Pasal 3 ayat (2) huruf c', /terakhir/)).toBe(true);
    expect(has(findings, 'tanda-baca-rincian', 'Pasal 3 ayat (2) huruf b', /kedua terakhir/)).toBe(true);
    expect(has(findings, 'definisi-ganda', 'Pasal 1 angka 31', /retribusi/)).toBe(true);
  });

  it('Sulut 2/2018: "Bahwa" capitalised in the Menimbang', () => {
    const { findings } = fileLike('sulut-2018');
    expect(has(findings, 'menimbang', 'Menimbang huruf a', /huruf kecil/)).toBe(true);
  });

  it('Banjarnegara 8/2025 (amending instrument with tariff tables): no false number mismatch from table columns', () => {
    const { findings } = fileLike('banjarnegara');
    expect(findings.filter((f) => f.ruleId === 'angka-huruf')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'acuan-rusak')).toEqual([]);
  });
});
