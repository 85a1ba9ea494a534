/**
 * The Akoma Ntoso export: valid against the OASIS schema (xmllint), FRBR identification for the
 * region, eIds from numbers, GUID from uids, wId for a renumbered unit, references as links.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportAkn } from '../../../src/export/export-akn';
import { parseText } from '../../../src/parse/parse-text';
import { ensureUids, parseDocJson } from '../../../src/model/validate';
import { corpusDir } from '../../helpers/paths';
import { makeTmpDir } from '../../helpers/tmp-dir';
import { perubahanSample, samplePerda, samplePerdaJson } from '../../fixtures/export/sample-perda';
import { aknSchema, toolsAvailable } from './tools';

const tmp = makeTmpDir('akn');
afterAll(() => tmp.cleanup());

function validate(xml: string, name: string): string {
  const file = path.join(tmp.path, name);
  fs.writeFileSync(file, xml);
  try {
    return execFileSync('xmllint', ['--noout', '--schema', aknSchema, file], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    throw new Error(`xmllint: ${(e as { stderr?: string }).stderr ?? e}`);
  }
}

describe('exportAkn', () => {
  const withXmllint = toolsAvailable('xmllint');

  it('names a numbered Perda /akn/id/act/perda/<region>/<year>/<number>', () => {
    const xml = exportAkn(samplePerda({ nomor: '1', tahun: '2025' }), { draft: false, date: '2025-06-30' });
    expect(xml).toContain('<FRBRuri value="/akn/id/act/perda/kota-batam/2025/1"/>');
    expect(xml).toContain('<FRBRthis value="/akn/id/act/perda/kota-batam/2025/1/ind@2025-06-30/!main"/>');
    expect(xml).toContain('<FRBRlanguage language="ind"/>');
    expect(xml).not.toContain('docStage');
  });

  it('names an unnumbered draft by its judul uid and marks it RANCANGAN', () => {
    const xml = exportAkn(samplePerda(), { date: '2025-06-30', region: { name: 'KOTA SURABAYA' } });
    expect(xml).toContain('<FRBRuri value="/akn/id/act/perda/kota-surabaya/2025/rancangan-judul1"/>');
    expect(xml).toContain('<docStage>RANCANGAN</docStage>');
  });

  it('computes eIds from numbers and GUIDs from uids, with lists, intro and references', () => {
    const xml = exportAkn(samplePerda());
    expect(xml).toContain('<chapter eId="chp_II" GUID="bab2">');
    expect(xml).toContain('eId="chp_II__sec_Kesatu__art_2__para_2__list_1__point_b__list_1__point_2__list_1__point_a__list_1__point_1"');
    expect(xml).toMatch(/<paragraph eId="chp_II__sec_Kesatu__art_2__para_2" GUID="p2a2"><num>\(2\)<\/num><list eId="chp_II__sec_Kesatu__art_2__para_2__list_1"><intro><p>Fasilitasi sebagaimana dimaksud pada <ref href="#chp_II__sec_Kesatu__art_2__para_1">ayat \(1\)<\/ref> meliputi:<\/p><\/intro>/);
    expect(xml).toContain('<recital eId="rec_a" GUID="kons-a"><num>a.</num>');
    expect(xml).toContain('<citation eId="cit_1"');
    expect(xml).toContain('<attachment eId="att_1"');
    expect(xml).toContain('<doc name="penjelasan">');
  });

  it('writes wId when a unit was renumbered and "Dihapus." for a deleted unit', () => {
    const json = samplePerdaJson();
    const text = JSON.stringify(json).replace('"uid":"p4"', '"uid":"p4","baseNum":"5"');
    const xml = exportAkn(ensureUids(parseDocJson(JSON.parse(text))));
    expect(xml).toMatch(/<article eId="chp_II__sec_Kedua__subsec_1__art_4" wId="chp_II__sec_Kedua__subsec_1__art_5" GUID="p4">/);
    const ubah = exportAkn(perubahanSample());
    expect(ubah).toMatch(/<paragraph eId="[^"]*art_2__para_3"[^>]*status="removed"><num>\(3\)<\/num><content><p>Dihapus\.<\/p><\/content>/);
    expect(ubah).toContain('<num>Pasal 3A</num>');
  });

  it.runIf(withXmllint)('validates against the OASIS schema: sample, perubahan, Surabaya 3/2018', () => {
    expect(validate(exportAkn(samplePerda()), 'sample.xml')).toBe('');
    expect(validate(exportAkn(perubahanSample(), { includePenjelasan: false }), 'perubahan.xml')).toBe('');
    const text = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
    const xml = exportAkn(parseText(text).doc, { region: { name: 'KOTA SURABAYA' } });
    expect(xml.match(/<article /g)?.length).toBe(41);
    expect(validate(xml, 'surabaya.xml')).toBe('');
  });
});
