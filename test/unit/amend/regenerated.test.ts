/**
 * The instrument Rancang writes, tested on real amendments outside the corpus: each real
 * instrument (UU 20/2001 on UU 31/1999, UU 28/2004 on UU 16/2001) applied to its base gives the
 * consolidated text; that text, read back as a file (no uid shared with the base, as `rancang
 * amend LAMA BARU` reads two texts), is the draft Rancang writes its own instrument from; that
 * instrument, printed, read and applied to the base, must give the consolidated text again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText, generateInstrument, settingsFromDoc } from '../../../src/amend/index';
import { parseText } from '../../../src/parse/index';
import { pasalBody, withPasalBody } from '../../helpers/pasal-lines';
import { fixturesDir } from '../../helpers/paths';
import { readAmendFixture } from '../../helpers/amend-fixture';

const read = (f: string) => readAmendFixture(f).doc;

/** The real instrument applied, Rancang's instrument made from the consolidated text read back, and that applied again. */
function regenerate(baseFile: string, instrumentFile: string) {
  const base = read(baseFile);
  const consolidated = consolidatedText(applyInstrument(base, read(instrumentFile)).doc);
  const instrument = generateInstrument(base, parseText(consolidated).doc, { settings: settingsFromDoc(base) });
  const again = applyInstrument(base, parseText(instrument.text).doc);
  return { consolidated, instrument, again };
}

describe('Rancang\'s own instrument for a real amendment, from the consolidated text read back', () => {
  it('UU 20/2001: pairs the rewritten Pasal 5 to 12 by their numbers, places Pasal 43B in BAB VII, and applies back to the same text', () => {
    const { consolidated, instrument, again } = regenerate('uu-1999-31-tipikor.txt', 'uu-2001-20-perubahan-tipikor.txt');
    const texts = instrument.items.map((it) => it.text);
    for (const n of [5, 6, 7, 8, 9, 10, 11, 12]) expect(texts).toContain(`Ketentuan Pasal ${n} diubah sehingga berbunyi sebagai berikut:`);
    expect(texts).toContain('Dalam BAB VII sebelum Pasal 44 disisipkan 1 (satu) pasal, yakni Pasal 43B sehingga berbunyi sebagai berikut:');
    expect(instrument.items).toHaveLength(15);
    // Every item applies; what is left are the explanations the instrument carries for a base without a Penjelasan.
    expect(again.report.filter((r) => r.status !== 'applied' && r.action !== 'penjelasan')).toEqual([]);
    expect(consolidatedText(again.doc)).toBe(consolidated);
  });

  it('UU 28/2004: every item applies back to the same Pasal and Penjelasan entries, and the change to the base\'s Penjelasan Umum, which no item carries, is said', () => {
    const { consolidated, instrument, again } = regenerate('uu-2001-16-yayasan.txt', 'uu-2004-28-perubahan-yayasan.txt');
    expect(again.report.filter((r) => r.status !== 'applied')).toEqual([]);
    expect(instrument.warnings).toEqual([expect.stringContaining('Penjelasan Umum naskah dasar diubah dalam rancangan')]);
    // The consolidated text is the same up to the Penjelasan Umum, and from its Penjelasan pasal demi pasal on.
    const got = consolidatedText(again.doc);
    const upTo = (t: string) => t.slice(0, t.indexOf('PENJELASAN'));
    const demiPasal = (t: string) => t.slice(t.indexOf('PASAL DEMI PASAL'));
    expect(upTo(consolidated).length).toBeGreaterThan(10_000);
    expect(demiPasal(consolidated).length).toBeGreaterThan(5_000);
    expect(upTo(got)).toBe(upTo(consolidated));
    expect(demiPasal(got)).toBe(demiPasal(consolidated));
  });

  it('a draft read from a file that keeps every number, three Pasal rewritten with one another\'s words: each is "diubah" under its own number', () => {
    const baseText = fs.readFileSync(path.join(fixturesDir, 'amend', 'uu-1999-31-tipikor.txt'), 'utf8');
    // Pasal 2 now says what Pasal 3 said, Pasal 3 what Pasal 4 said, Pasal 4 what Pasal 2 said.
    const draftText = withPasalBody(withPasalBody(withPasalBody(baseText, 2, pasalBody(baseText, 3)), 3, pasalBody(baseText, 4)), 4, pasalBody(baseText, 2));
    const base = parseText(baseText).doc;
    const instrument = generateInstrument(base, parseText(draftText).doc, { settings: settingsFromDoc(base) });
    expect(instrument.items.map((it) => it.text)).toEqual([2, 3, 4].map((n) => `Ketentuan Pasal ${n} diubah sehingga berbunyi sebagai berikut:`));
  });
});
