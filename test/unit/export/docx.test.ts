/**
 * The DOCX export read like a reader would: open the package (zip), read document.xml and
 * styles.xml, and check page size, font, sizes, styles, hanging indents with text labels,
 * keep-with-next on headings, numbers and references, draft and final judul, Penjelasan.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../src/export/export-docx';
import { perubahanSample, samplePerda } from '../../fixtures/export/sample-perda';

async function parts(bytes: Uint8Array): Promise<{ doc: string; styles: string; header: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const headers = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
  return { doc: await read('word/document.xml'), styles: await read('word/styles.xml'), header: (await Promise.all(headers.map(read))).join('\n') };
}

/** The paragraphs of document.xml with their plain text. */
function paragraphs(xml: string): Array<{ xml: string; text: string }> {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => t[1] ?? '\t').join(''),
  }));
}

const styleOf = (p: { xml: string }) => /<w:pStyle w:val="([^"]+)"/.exec(p.xml)?.[1];

describe('exportDocx', () => {
  it('uses F4 pages, the Perda margins and Bookman Old Style 12 pt', async () => {
    const { doc, styles } = await parts(await exportDocx(samplePerda()));
    expect(doc).toContain('<w:pgSz w:w="12189" w:h="18709" w:orient="portrait"/>');
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1417" w:left="1701"/);
    expect(styles).toContain('w:ascii="Bookman Old Style"');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="24"\/>/);
    for (const id of ['JudulPerda', 'BAB', 'Pasal', 'Ayat', 'Huruf4', 'Konsiderans', 'TandaTangan']) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain('<w:sz w:val="24"/>');
    }
    expect(doc).not.toMatch(/<w:sz w:val="(?!24")\d+"\/>/);
  });

  it('defines named Word styles based on headings, with outline levels', async () => {
    const { styles } = await parts(await exportDocx(samplePerda()));
    for (const name of ['Judul Perda', 'BAB', 'Bagian', 'Paragraf', 'Pasal', 'Ayat', 'Huruf 1', 'Huruf 2', 'Huruf 3', 'Huruf 4', 'Menimbang Mengingat', 'Tanda Tangan']) {
      expect(styles).toContain(`<w:name w:val="${name}"/>`);
    }
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Pasal"[^>]*>[\s\S]*?<w:basedOn w:val="Heading4"\/>[\s\S]*?<w:outlineLvl w:val="3"\/>/);
  });

  it('prints RANCANGAN and NOMOR ... TAHUN ... for a draft, the real number when final', async () => {
    const draft = paragraphs((await parts(await exportDocx(samplePerda()))).doc).map((p) => p.text);
    expect(draft.slice(0, 3)).toEqual(['RANCANGAN', 'PERATURAN DAERAH KOTA BATAM', 'NOMOR ... TAHUN ...']);
    const final = paragraphs((await parts(await exportDocx(samplePerda({ nomor: '3', tahun: '2025' }), { draft: false }))).doc).map((p) => p.text);
    expect(final.slice(0, 2)).toEqual(['PERATURAN DAERAH KOTA BATAM', 'NOMOR 3 TAHUN 2025']);
    expect(final).not.toContain('RANCANGAN');
    expect(final).toContain('LEMBARAN DAERAH KOTA BATAM TAHUN 2025 NOMOR ...');
  });

  it('keeps every heading with the next paragraph, centred', async () => {
    const ps = paragraphs((await parts(await exportDocx(samplePerda()))).doc);
    const heads = ps.filter((p) => /^(Pasal \d+\w*|BAB [IVX]+|Bagian \w+|Paragraf \d+)$/.test(p.text) && styleOf(p) !== 'PenjelasanPasal');
    expect(heads.length).toBe(7 + 4 + 2 + 1);
    for (const h of heads) {
      expect(h.xml).toContain('<w:keepNext/>');
      expect(h.xml).toContain('<w:keepLines/>');
      expect(h.xml).toContain('<w:jc w:val="center"/>');
    }
  });

  it('writes ayat and list labels as text with a tab and a hanging indent per level', async () => {
    const { doc, styles } = await parts(await exportDocx(samplePerda()));
    const ps = paragraphs(doc);
    /** The paragraph's own indent, else its style's (what Word shows). */
    const indentOf = (p: { xml: string }) => /<w:ind [^>]*\/>/.exec(p.xml)?.[0] ?? new RegExp(`w:styleId="${styleOf(p)}">[\\s\\S]*?(<w:ind [^>]*/>)[\\s\\S]*?</w:style>`).exec(styles)?.[1];
    const expectLabelled = (text: string, style: string, left: number) => {
      const p = ps.find((x) => x.text.startsWith(text.replace(' ', '\t')));
      expect(p, text).toBeDefined();
      expect(styleOf(p!)).toBe(style);
      expect(indentOf(p!)).toBe(`<w:ind w:left="${left}" w:hanging="567"/>`);
      expect(p!.xml).toMatch(/<w:r><w:t xml:space="preserve">[^<]+<\/w:t><w:tab\/><\/w:r>/);
      expect(p!.xml).not.toContain('<w:numPr>');
    };
    expectLabelled('(1) Pemerintah Daerah melaksanakan', 'Ayat', 567);
    expectLabelled('a. penyusunan peraturan daerah', 'Huruf1', 1134);
    expectLabelled('1. media cetak;', 'Huruf2', 1701);
    expectLabelled('a) televisi dan radio', 'Huruf3', 2268);
    expectLabelled('1) lembaga penyiaran publik lokal', 'Huruf4', 2835);
    expectLabelled('a. Daerah adalah Kota Batam.', 'Huruf1', 567);
  });

  it('lays Menimbang and Mengingat out in tab columns, Menetapkan aligned with them', async () => {
    const ps = paragraphs((await parts(await exportDocx(samplePerda()))).doc);
    const a = ps.find((p) => p.text.startsWith('Menimbang'))!;
    expect(a.text).toMatch(/^Menimbang\t:\ta\.\tbahwa narkotika/);
    expect(a.xml).toContain('<w:ind w:left="2381" w:hanging="2381"/>');
    const b = ps.find((p) => p.text.startsWith('\t\tb.\tbahwa'));
    expect(b).toBeDefined();
    expect(ps.find((p) => p.text.startsWith('Mengingat\t:\t1.\tPasal 18 ayat (6)'))).toBeDefined();
    expect(ps.find((p) => p.text.startsWith('Menetapkan\t:\tPERATURAN DAERAH TENTANG'))).toBeDefined();
  });

  it('prints references with their current labels, and the stored text when the target is gone', async () => {
    const texts = paragraphs((await parts(await exportDocx(samplePerda()))).doc).map((p) => p.text);
    expect(texts).toContain('(2)\tFasilitasi sebagaimana dimaksud pada ayat (1) meliputi:');
    expect(texts.some((t) => t.includes('sebagaimana dimaksud dalam Pasal 2 ayat (2) dilaksanakan'))).toBe(true);
    expect(texts.some((t) => t.includes('dalam Pasal 2 sampai dengan Pasal 3 dan Pasal 99 diatur'))).toBe(true);
    expect(texts.some((t) => t.includes('dimaksud dalam huruf a, huruf b, dan huruf c'))).toBe(true);
  });

  it('omits a deleted unit in penggantian and prints "Dihapus." with its number in perubahan', async () => {
    const pengganti = paragraphs((await parts(await exportDocx(samplePerda()))).doc).map((p) => p.text);
    expect(pengganti.some((t) => t.includes('Dihapus.') || t.includes('Ayat ini dihapus'))).toBe(false);
    const ubah = paragraphs((await parts(await exportDocx(perubahanSample()))).doc).map((p) => p.text);
    expect(ubah).toContain('(3)\tDihapus.');
    expect(ubah).toContain('Pasal 3A');
    expect(ubah.indexOf('Pasal 3A')).toBeLessThan(ubah.indexOf('Pasal 4'));
  });

  it('numbers pages "- n -" in the header from page 2 of each part', async () => {
    const { doc, header } = await parts(await exportDocx(samplePerda()));
    expect(header).toMatch(/- <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> -/);
    expect(doc.match(/<w:titlePg\/>/g)?.length).toBe(3);
    expect(doc.match(/<w:pgNumType w:start="1"\/>/g)?.length).toBe(3);
  });

  it('prints the signature blocks right and left, the Penjelasan and the Lampiran on their own pages', async () => {
    const ps = paragraphs((await parts(await exportDocx(samplePerda()))).doc);
    const ditetapkan = ps.find((p) => p.text.startsWith('Ditetapkan di Batam'))!;
    expect(ditetapkan.xml).toContain('<w:ind w:left="4819"/>');
    expect(ps.find((p) => p.text.startsWith('Diundangkan di Batam'))!.xml).toContain('<w:ind w:left="0"/>');
    const texts = ps.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['PENJELASAN', 'ATAS', 'I.\tUMUM', 'II.\tPASAL DEMI PASAL', 'Ayat (1)', 'Pasal 8', 'TAMBAHAN LEMBARAN DAERAH KOTA BATAM NOMOR ...', 'LAMPIRAN']));
    const pj = ps.find((p) => p.text === 'Pasal 1' && styleOf(p) === 'PenjelasanPasal')!;
    expect(pj.xml).toContain('<w:keepNext/>');
    const without = paragraphs((await parts(await exportDocx(samplePerda(), { includePenjelasan: false }))).doc).map((p) => p.text);
    expect(without).not.toContain('PENJELASAN');
    expect(without).toContain('LAMPIRAN');
  });
});
