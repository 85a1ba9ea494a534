/**
 * Abbreviations a text defines ("… yang selanjutnya disingkat DPRD") are read as their long form
 * where Pasal are compared for similarity, never where their words are: a new Perda that
 * abbreviates what the old one wrote out pairs its Pasal with their old selves, and its redline
 * still shows the name written otherwise.
 */
import { describe, expect, it } from 'vitest';
import { definedAbbreviations } from '../../../src/diff/abbreviations';
import { compareDocs } from '../../../src/diff/compare';
import { extractUnits } from '../../../src/diff/extract';
import { dice, gramsFor } from '../../../src/diff/similarity';
import { parseText } from '../../../src/parse';

const HEAD = `PERATURAN DAERAH KOTA BATAM
NOMOR 5 TAHUN 2010
TENTANG
FASILITASI PENCEGAHAN PENYALAHGUNAAN NARKOTIKA

DENGAN RAHMAT TUHAN YANG MAHA ESA
WALI KOTA BATAM,

Menimbang : a. bahwa pertimbangan pertama;
            b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a,
               perlu menetapkan Peraturan Daerah;
Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;

MEMUTUSKAN:
Menetapkan : PERATURAN DAERAH TENTANG FASILITASI PENCEGAHAN PENYALAHGUNAAN NARKOTIKA.

BAB I
KETENTUAN UMUM
`;

const doc = (body: string) => parseText(HEAD + body).doc;

const DEFINITIONS = `Pasal 1
Dalam Peraturan Daerah ini yang dimaksud dengan:
1. Kota Batam yang selanjutnya disebut Daerah adalah daerah otonom.
2. Dewan Perwakilan Rakyat Daerah yang selanjutnya disingkat DPRD adalah Dewan Perwakilan Rakyat Daerah Kota Batam.
3. Badan Narkotika Nasional Kota Batam yang selanjutnya disingkat BNNK adalah instansi vertikal.
4. Kepala Badan Narkotika Nasional Kota Batam yang selanjutnya disebut Kepala BNNK adalah pimpinan BNNK.
5. Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran Gelap Narkotika dan Prekursor Narkotika yang selanjutnya disingkat P4GN adalah upaya Pemerintah Daerah.
6. Program Legislasi Daerah yang selanjutnya disebut Prolegda adalah instrumen perencanaan.
7. Parkir di Tepi Jalan Umum yang selanjutnya disingkat TJU adalah tempat parkir di badan jalan.
8. Rencana Pembangunan Jangka Menengah Daerah Tahun 2016 – 2021, yang selanjutnya disingkat RPJMD, adalah dokumen perencanaan.
9. Badan Kesatuan Bangsa dan Politik yang selanjutnya disebut Badan adalah perangkat Daerah.
`;

describe('abbreviations a text defines', () => {
  it('reads the abbreviations, with their long forms, and not the names a text gives', () => {
    const units = extractUnits(doc(DEFINITIONS));
    const abbr = definedAbbreviations(units.pasal);
    // "Daerah" and "Badan" are names, not abbreviations; "Kepala BNNK" is a name of two words.
    expect([...abbr.keys()].sort()).toEqual(['BNNK', 'DPRD', 'P4GN', 'Prolegda', 'RPJMD', 'TJU']);
    // Each long form as many words as it has (a year and a span of years belong to the name).
    expect(abbr.get('DPRD')).toHaveLength(4);
    expect(abbr.get('P4GN')).toHaveLength(11);
    expect(abbr.get('TJU')).toHaveLength(5);
    expect(abbr.get('RPJMD')).toHaveLength(8);
  });

  it('reads a Pasal that abbreviates as alike as one that writes the names out, and keeps the words it compares', () => {
    const spelled = 'Penyusunan Program Legislasi Daerah antara Dewan Perwakilan Rakyat Daerah dan Pemerintah Daerah dikoordinasikan oleh Dewan Perwakilan Rakyat Daerah melalui alat kelengkapan Dewan Perwakilan Rakyat Daerah yang khusus menangani bidang legislasi.';
    const abbreviated = 'Penyusunan Prolegda antara DPRD dan Pemerintah Daerah dikoordinasikan oleh DPRD melalui alat kelengkapan DPRD yang khusus menangani bidang legislasi.';
    const old = doc(`Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kota Batam.\n\nPasal 2\n${spelled}\n`);
    const neu = doc(`${DEFINITIONS}\nPasal 2\n${abbreviated}\n`);
    const [a, b] = [extractUnits(old).pasal[1]!, extractUnits(neu).pasal[1]!];
    expect(dice(gramsFor(a.tokens), gramsFor(b.tokens))).toBeGreaterThan(0.9);
    // Read word for word they share far less.
    const literal = (tokens: typeof b.tokens) => tokens.map(({ x: _x, ...t }) => t);
    expect(dice(gramsFor(literal(a.tokens)), gramsFor(literal(b.tokens)))).toBeLessThan(0.7);
    // The redline still strikes the name and inserts the abbreviation.
    const row = compareDocs(old, neu).pasal.find((r) => r.new?.label === 'Pasal 2')!;
    expect(row.old?.label).toBe('Pasal 2');
    const marked = (op: string) => row.segments.filter((s) => s.op === op).map((s) => s.text).join('|');
    expect(marked('delete')).toContain('Program Legislasi Daerah antara Dewan Perwakilan Rakyat Daerah');
    expect(marked('insert')).toContain('Prolegda antara DPRD');
  });

  it('leaves a text that defines no abbreviation as it is', () => {
    const units = extractUnits(doc('Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kota Batam.\n'));
    expect(definedAbbreviations(units.pasal).size).toBe(0);
    expect(units.pasal[0]!.tokens.some((t) => t.x !== undefined)).toBe(false);
  });
});
