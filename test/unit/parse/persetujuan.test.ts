/**
 * The persetujuan block of the diktum as laws and Perda before 2004 write it, without "Bersama":
 * "Dengan persetujuan / DEWAN PERWAKILAN RAKYAT REPUBLIK INDONESIA" (UU 28/1997, UU 31/1999,
 * UU 16/2001). It was read as the end of the last Mengingat item, so that item compared as
 * "Ketetapan MPR … Nepotisme; Dengan Persetujuan DEWAN PERWAKILAN RAKYAT REPUBLIK INDONESIA".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { parseText } from '../../../src/parse';
import { fixturesDir } from '../../helpers/paths';

/** The text of the first node named `name`, or ''. */
function textOf(doc: Node, name: string): string {
  let out = '';
  doc.descendants((n) => {
    if (out || n.type.name !== name) return !out;
    out = n.textContent;
    return false;
  });
  return out;
}

const FILES = ['diff/uu-1997-28-kepolisian.txt', 'amend/uu-1999-31-tipikor.txt', 'amend/uu-2001-16-yayasan.txt'];

describe('the persetujuan block without "Bersama"', () => {
  it.each(FILES)('%s: opens the diktum, and the last Mengingat item ends with its own words', (f) => {
    const doc = parseText(fs.readFileSync(path.join(fixturesDir, f), 'utf8')).doc;
    expect(textOf(doc, 'dasarHukum')).toMatch(/;$/);
    expect(textOf(doc, 'dasarHukum')).not.toMatch(/persetujuan/i);
    expect(textOf(doc, 'diktum')).toMatch(/^Dengan [Pp]ersetujuan\s*DEWAN PERWAKILAN RAKYAT REPUBLIK INDONESIA/);
  });

  it('a wrapped Mengingat line that opens "dengan persetujuan" in lower case stays in its item', () => {
    const text = fs.readFileSync(path.join(fixturesDir, 'amend/uu-1999-31-tipikor.txt'), 'utf8').replace(
      '2. Ketetapan Majelis Permusyawaratan Rakyat Republik Indonesia Nomor XI/MPR/1998 tentang Penyelenggara Negara yang Bersih dan Bebas Korupsi, Kolusi, dan Nepotisme;',
      '2. Ketetapan Majelis Permusyawaratan Rakyat Republik Indonesia Nomor XI/MPR/1998 yang ditetapkan\ndengan persetujuan dewan perwakilan rakyat pada Sidang Istimewa;',
    );
    expect(textOf(parseText(text).doc, 'dasarHukum')).toMatch(/dengan persetujuan dewan perwakilan rakyat pada Sidang Istimewa;$/);
  });

  it('a persetujuan block a web page ran into the last Mengingat item opens the diktum (UU 12/2011, UU 9/1995)', () => {
    const text = fs.readFileSync(path.join(fixturesDir, 'diff/uu-2011-12-pembentukan-puu.txt'), 'utf8');
    const printed = 'Tahun 1945;\n\nDengan Persetujuan Bersama\nDEWAN PERWAKILAN RAKYAT REPUBLIK INDONESIA\ndan\nPRESIDEN REPUBLIK INDONESIA\n\nMEMUTUSKAN:';
    expect(text).toContain(printed);
    const runIn = parseText(text.replace(printed, 'Tahun 1945; Dengan Persetujuan Bersama DEWAN PERWAKILAN RAKYAT REPUBLIK INDONESIA dan\nMEMUTUSKAN:')).doc;
    expect(textOf(runIn, 'dasarHukum')).toMatch(/Tahun 1945;$/);
    expect(textOf(runIn, 'diktum')).toMatch(/^Dengan Persetujuan Bersama\s*DEWAN PERWAKILAN RAKYAT REPUBLIK INDONESIA/);
    const old = fs.readFileSync(path.join(fixturesDir, 'diff/uu-1995-09-usaha-kecil.txt'), 'utf8').replace('Undang-Undang Dasar 1945;\n\nDengan Persetujuan\nDEWAN PERWAKILAN RAKYAT\n\n', 'Undang-Undang Dasar 1945; Dengan Persetujuan DEWAN PERWAKILAN RAKYAT\n');
    expect(textOf(parseText(old).doc, 'dasarHukum')).toMatch(/Undang-Undang Dasar 1945;$/);
  });
});
