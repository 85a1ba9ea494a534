/**
 * The amending instrument (src/amend) through the Perda exports: Pasal I's numbered change
 * items print "N." hanging with the instruction, then the restated units indented one level as
 * quoted text (headings centred in the indented column, ayat with their own numbers), then
 * Pasal II.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { generateInstrument, settingsFromDoc } from '../../../src/amend/index';
import { exportDocx, exportHtml } from '../../../src/export/index';
import { perubahanSample, samplePerda } from '../../fixtures/export/sample-perda';

const base = samplePerda({ deleteAyat: false });
const inst = generateInstrument(base, perubahanSample(), { settings: settingsFromDoc(base) });

function paragraphs(xml: string): Array<{ xml: string; text: string }> {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => t[1] ?? '\t').join(''),
  }));
}

describe('instrument export layout', () => {
  it('has two change items (ayat deleted, Pasal inserted)', () => {
    expect(inst.items.map((i) => i.action)).toEqual(['dihapus', 'disisipkan']);
    expect(inst.doc).not.toBeNull();
  });

  it('DOCX: item numbers hang at the margin, restated units are indented one level', async () => {
    const xml = (await (await JSZip.loadAsync(await exportDocx(inst.doc!))).file('word/document.xml')?.async('string')) ?? '';
    const ps = paragraphs(xml);
    const at = (pred: (t: string) => boolean) => ps.find((p) => pred(p.text));
    const item1 = at((t) => t.startsWith('1.\tKetentuan ayat (3) Pasal 2 dihapus'));
    const item2 = at((t) => t.startsWith('2.\tDi antara Pasal 3 dan Pasal 4 disisipkan 1 (satu) pasal, yakni Pasal 3A'));
    expect(item1?.xml).toContain('<w:ind w:left="567" w:hanging="567"/>');
    expect(item2?.xml).toContain('<w:ind w:left="567" w:hanging="567"/>');
    const i1 = ps.indexOf(item1!);
    const restated = ps[i1 + 1]!;
    expect(restated.text).toBe('Pasal 2');
    expect(restated.xml).toContain('<w:jc w:val="center"/>');
    expect(restated.xml).toContain('<w:ind w:left="567"/>');
    const ayat = ps.slice(i1 + 1).filter((p) => /^\(\d\)\t/.test(p.text)).slice(0, 3);
    expect(ayat.map((p) => p.text.slice(0, 3))).toEqual(['(1)', '(2)', '(3)']);
    for (const a of ayat) expect(a.xml).toContain('<w:ind w:left="1134" w:hanging="567"/>');
    expect(ayat[2]!.text).toBe('(3)\tDihapus.');
    expect(ps.findIndex((p) => p.text === 'Pasal 3A')).toBeGreaterThan(ps.indexOf(item2!));
    expect(ps.findIndex((p) => p.text === 'Pasal II')).toBeGreaterThan(ps.findIndex((p) => p.text === 'Pasal 3A'));
  });

  it('HTML: the same indentation', () => {
    const html = exportHtml(inst.doc!);
    expect(html).toMatch(/<p class="c s-pasal" style="margin-top:12pt;margin-left:10mm;">Pasal 2<\/p>/);
    expect(html).toMatch(/<p class="t s-isi" style="margin-left:10mm;text-indent:-10mm;"><span class="lbl">1\.<\/span>Ketentuan ayat \(3\) Pasal 2 dihapus/);
  });
});
