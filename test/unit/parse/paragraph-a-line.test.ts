import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../../../src/parse/normalize-lines';
import { parseText } from '../../../src/parse';
import { corpusDir, fixturesDir } from '../../helpers/paths';

const sentence = 'Undang-undang ini dimaksudkan untuk memberikan pemahaman yang benar kepada masyarakat mengenai Yayasan, menjamin kepastian dan ketertiban hukum serta mengembalikan fungsi Yayasan.';

describe('a text saved a paragraph a line (Word plain text, a web page)', () => {
  it('starts a paragraph at every line when several lines are longer than a printed line', () => {
    const lines = normalizeLines(`I. UMUM\n${sentence}\n${sentence}\n${sentence}`);
    expect(lines.map((l) => l.hard)).toEqual([true, true, true, true]);
  });

  it('goes on with an amount the line before left open at "Rp." (UU 9/1995 as a web page breaks it)', () => {
    const lines = normalizeLines(`${sentence}\n${sentence}\n${sentence}\nb. memiliki hasil penjualan tahunan paling banyak Rp.\n1.000.000.000,- (satu milyar rupiah);\n2. Usaha Menengah adalah usaha.`);
    expect(lines.map((l) => l.hard)).toEqual([true, true, true, true, false, true]);
  });

  it('reads no paragraph a line from a printed page\'s long table rows (runs of layout spaces), nor from a Lampiran', () => {
    const row = `1.   Retribusi Pelayanan Parkir di Tepi Jalan Umum      ${'Kendaraan bermotor roda empat   Rp5.000,00   per sekali parkir   '.repeat(2)}`;
    expect(normalizeLines(`Pasal 1\n${row}\n${row}\n${row}`).some((l) => l.hard)).toBe(false);
    expect(normalizeLines(`Pasal 1\nTeks.\nLAMPIRAN\n${sentence}\n${sentence}\n${sentence}`).some((l) => l.hard)).toBe(false);
  });

  it('leaves the lines of a printed page (PDF text, at most 96 characters in the corpus) to the layout rules', () => {
    for (const f of fs.readdirSync(corpusDir).filter((x) => x.endsWith('.txt'))) {
      expect([f, normalizeLines(fs.readFileSync(path.join(corpusDir, f), 'utf8')).some((l) => l.hard)]).toEqual([f, false]);
    }
  });

  it('keeps the alinea of a Penjelasan Umum apart (UU 16/2001: eight alinea, one a line)', () => {
    const doc = parseText(fs.readFileSync(path.join(fixturesDir, 'amend', 'uu-2001-16-yayasan.txt'), 'utf8')).doc;
    let alinea = 0;
    doc.descendants((n) => {
      if (n.type.name === 'penjelasanUmum') {
        alinea = n.childCount;
        return false;
      }
      return true;
    });
    expect(alinea).toBe(8);
  });
});
