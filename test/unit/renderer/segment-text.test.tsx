/**
 * The marked text of a comparison row: a lone changed punctuation mark (a comma dropped from a
 * sentence of Surabaya 2018 Pasal 15 ayat (4)) and a short changed number are set apart so that
 * they can be seen; a changed word is not. Inline, a deleted first word keeps its space before
 * the kept words.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SegmentText } from '../../../renderer/panels/compare/SegmentText';
import { tokenize, wordDiff } from '../../../src/diff/index';

const html = (a: string, b: string, mode: 'old' | 'new') =>
  renderToStaticMarkup(<SegmentText segments={wordDiff(tokenize(a), tokenize(b))} mode={mode} titles={{ del: 'dihapus', ins: 'ditambahkan' }} />);

describe('SegmentText', () => {
  it('sets a lone changed comma and a short changed number apart, and not a changed word', () => {
    const old = 'Karcis parkir sebagaimana dimaksud pada ayat (3), wajib diporporasi oleh Pemerintah Daerah';
    const neu = 'Karcis parkir sebagaimana dimaksud pada ayat (3) wajib diporporasi oleh Pemerintah Kota';
    const marked = html(old, neu, 'old');
    expect(marked).toContain('<del class="cmp-del cmp-lone" title="dihapus">,</del>');
    expect(marked).toContain('<del class="cmp-del" title="dihapus">Daerah</del>');
    expect(html(old, neu, 'new')).toContain('<ins class="cmp-ins" title="ditambahkan">Kota</ins>');
    // So is a short changed number (the Judul's "NOMOR 1 TAHUN 2009" -> "NOMOR 3 TAHUN 2018").
    const judul = html('NOMOR 1 TAHUN 2009 TENTANG PARKIR', 'NOMOR 3 TAHUN 2018 TENTANG PARKIR', 'old');
    expect(judul).toContain('<del class="cmp-del cmp-lone" title="dihapus">1</del>');
    expect(judul).toContain('<del class="cmp-del cmp-lone" title="dihapus">2009</del>');
  });

  it('inline, keeps a space after a deleted first word (Surabaya Pasal 1 angka 16: "-Tempat+ Parkir Insidentil")', () => {
    const inline = renderToStaticMarkup(<SegmentText segments={wordDiff(tokenize('Tempat Parkir Insidentil, adalah tempat'), tokenize('Parkir Insidentil adalah tempat'))} mode="inline" titles={{ del: 'dihapus', ins: 'ditambahkan' }} />);
    expect(inline).toContain('<del class="cmp-del" title="dihapus">Tempat</del> Parkir Insidentil');
  });
});

describe('SegmentText inline, renumbered', () => {
  // Surabaya 2018 Pasal 1: old angka 17 "Parkir Zona" is new angka 15; old Pasal 41 cites "Pasal 4 ayat (1)", now "Pasal 11 ayat (2)".
  const segments = [
    { op: 'equal' as const, text: '\n15. ', old: '\n17. ' },
    { op: 'equal' as const, text: 'Parkir Zona sebagaimana dimaksud dalam Pasal 11 ayat (2) adalah', old: 'Parkir Zona sebagaimana dimaksud dalam Pasal 4 ayat (1) adalah' },
  ];
  const inline = renderToStaticMarkup(<SegmentText segments={segments} mode="inline" titles={{ del: 'dihapus', ins: 'ditambahkan', former: (o) => `semula ${o}` }} />);

  it('shows the old number of a marker struck beside the new one', () => {
    expect(inline).toContain('<span class="cmp-renum" title="semula 17."><del class="cmp-renum-old">17.</del> 15.</span> Parkir Zona');
  });

  it('shows only the differing words of a reference that followed the renumbering', () => {
    expect(inline).toContain('dalam Pasal <span class="cmp-renum" title="semula 4"><del class="cmp-renum-old">4</del> 11</span> ayat <span class="cmp-renum" title="semula (1)"><del class="cmp-renum-old">(1)</del> (2)</span> adalah');
  });

  const column = (mode: 'old' | 'new') => renderToStaticMarkup(<SegmentText segments={segments} mode={mode} titles={{ del: 'dihapus', ins: 'ditambahkan', former: (o) => `semula ${o}`, later: (n) => `menjadi ${n}` }} />);
  const textOf = (markup: string) => markup.replace(/<[^>]+>/g, '');

  it('prints each side in its column, each number that followed the renumbering marked with the other side\'s in its title', () => {
    expect(textOf(column('old'))).toContain('17. Parkir Zona sebagaimana dimaksud dalam Pasal 4 ayat (1) adalah');
    expect(textOf(column('new'))).toContain('15. Parkir Zona sebagaimana dimaksud dalam Pasal 11 ayat (2) adalah');
    expect(column('old')).toContain('dalam Pasal <span class="cmp-renum-side" title="menjadi 11">4</span> ayat <span class="cmp-renum-side" title="menjadi (2)">(1)</span> adalah');
    expect(column('new')).toContain('dalam Pasal <span class="cmp-renum-side" title="semula 4">11</span> ayat <span class="cmp-renum-side" title="semula (1)">(2)</span> adalah');
    expect(column('new')).not.toContain('cmp-renum-old');
  });

  it('marks no spacing as a number printed otherwise ("memperhatikan :" / "memperhatikan:")', () => {
    const spaced = [{ op: 'equal' as const, text: 'dengan memperhatikan: a. jenis', old: 'dengan memperhatikan : a. jenis' }];
    for (const mode of ['old', 'new', 'inline'] as const) {
      expect(renderToStaticMarkup(<SegmentText segments={spaced} mode={mode} titles={{ del: '', ins: '', former: (o) => o, later: (n) => n }} />)).not.toContain('cmp-renum');
    }
  });
});

describe('SegmentText, a word whose capitals only changed', () => {
  // Surabaya Pasal 11 ayat (1) -> Pasal 15 ayat (2): "Pengadaan Karcis Parkir pada tempat parkir" -> "Pengadaan karcis parkir pada Tempat Parkir".
  const segments = wordDiff(tokenize('Pengadaan Karcis Parkir pada tempat parkir yang diselenggarakan'), tokenize('Pengadaan karcis parkir pada Tempat Parkir yang diselenggarakan'));
  const titles = { del: 'dihapus', ins: 'ditambahkan', caseFormer: (o: string) => `semula ${o}`, caseLater: (n: string) => `menjadi ${n}` };
  const render = (mode: 'old' | 'new' | 'inline') => renderToStaticMarkup(<SegmentText segments={segments} mode={mode} titles={titles} />);

  it('stays in place: nothing struck or inserted, the words that changed case marked with the other spelling', () => {
    for (const mode of ['old', 'new', 'inline'] as const) {
      expect(render(mode)).not.toMatch(/<del|<ins/);
      expect(render(mode).replace(/<[^>]+>/g, '')).toContain(mode === 'old' ? 'Pengadaan Karcis Parkir pada tempat parkir yang' : 'Pengadaan karcis parkir pada Tempat Parkir yang');
    }
    expect(render('old')).toContain('<span class="cmp-case" title="menjadi karcis parkir">Karcis Parkir</span> pada <span class="cmp-case" title="menjadi Tempat Parkir">tempat parkir</span>');
    expect(render('new')).toContain('<span class="cmp-case" title="semula Karcis Parkir">karcis parkir</span> pada');
    expect(render('inline')).toContain('<span class="cmp-case" title="semula tempat parkir">Tempat Parkir</span> yang');
  });

  it('is still a change of wording next to it: a word replaced is struck and inserted', () => {
    const mixed = renderToStaticMarkup(<SegmentText segments={wordDiff(tokenize('Pengadaan Karcis dilakukan'), tokenize('Pengadaan karcis dilaksanakan'))} mode="inline" titles={titles} />);
    expect(mixed).toContain('<span class="cmp-case" title="semula Karcis">karcis</span>');
    expect(mixed).toContain('<del class="cmp-del" title="dihapus">dilakukan</del>');
    expect(mixed).toContain('<ins class="cmp-ins" title="ditambahkan">dilaksanakan</ins>');
  });
});
