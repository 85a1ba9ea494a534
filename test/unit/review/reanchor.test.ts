import { describe, expect, it } from 'vitest';
import { parseDocJson } from '../../../src/model/validate';
import { anchorForUnit } from '../../../src/review/make-anchor';
import { resolveAnchor } from '../../../src/review/reanchor';
import { flatText } from '../../../src/review/unit-text';
import { unitIndex } from '../../../src/review/unit-index';
import { corpusDoc, insertPasalBefore, PHRASE, removeUnit, replaceText, uidAt } from './fixtures';

const SENTENCE_BEFORE = 'tidak memungkinkan, ';
const SENTENCE_AFTER = ' atau bersama-sama dengan bangunan-bangunan umum lainnya yang berdekatan.';

describe('re-anchoring (uid, position, quote, parent)', () => {
  it('finds a phrase of Pasal 12 after two Pasal are inserted before it and the sentence around it is rewritten: now Pasal 14', () => {
    const json = corpusDoc();
    const doc = parseDocJson(json);
    const pasal12 = uidAt(doc, 'Pasal 12');
    const anchor = anchorForUnit(doc, pasal12, PHRASE);
    expect(anchor.label).toBe('Pasal 12');
    expect(anchor.quote?.exact).toBe(PHRASE);

    insertPasalBefore(json, pasal12, 2);
    replaceText(json, SENTENCE_BEFORE, 'belum dapat dipenuhi oleh pengelola gedung, maka ');
    const edited = parseDocJson(replaceText(json, SENTENCE_AFTER, ' dengan pengelola bangunan umum di sekitarnya.'));
    const r = resolveAnchor(edited, anchor);
    expect(r.state).toBe('anchored');
    if (r.state !== 'anchored') return;
    expect(r.label).toBe('Pasal 14');
    expect(r.unitUid).toBe(pasal12);
    expect(r.text).toBe(PHRASE);
    expect(r.method).toBe('exact');
    const text = flatText(unitIndex(edited).get(pasal12)!.node);
    expect(text.slice(r.start, r.end)).toBe(PHRASE);
  });

  it('uses the stored position when the text did not move, and an approximate match when the phrase itself was touched', () => {
    const json = corpusDoc();
    const doc = parseDocJson(json);
    const anchor = anchorForUnit(doc, uidAt(doc, 'Pasal 12'), PHRASE);
    expect(resolveAnchor(doc, anchor)).toMatchObject({ state: 'anchored', method: 'position', text: PHRASE });
    const edited = parseDocJson(replaceText(json, PHRASE, 'dapat diupayakan secara kolektif'));
    const r = resolveAnchor(edited, anchor);
    expect(r).toMatchObject({ state: 'anchored', method: 'fuzzy', text: 'dapat diupayakan secara kolektif', label: 'Pasal 12' });
  });

  it('detaches (never re-homes) a phrase that was deleted, even when its words occur in other Pasal', () => {
    const json = corpusDoc();
    const doc = parseDocJson(json);
    const pasal12 = uidAt(doc, 'Pasal 12');
    const common = 'tempat parkir';
    const anchor = anchorForUnit(doc, pasal12, 'wajib dilengkapi dengan tempat parkir');
    expect(flatText(unitIndex(doc).get(uidAt(doc, 'Pasal 13'))!.node)).toContain('Tempat parkir');
    const edited = parseDocJson(replaceText(json, 'wajib dilengkapi dengan tempat parkir', 'menyediakan lahan'));
    const r = resolveAnchor(edited, anchor);
    expect(r).toEqual({ state: 'detached', reason: 'quote-missing', unitUid: null, label: null });
    expect(anchor.quote?.exact).toContain(common);
  });

  it('falls back to the enclosing Pasal when the ayat is gone but its text moved there, else detaches', () => {
    const json = corpusDoc();
    const doc = parseDocJson(json);
    const ayat2 = uidAt(doc, 'Pasal 12 ayat (2)');
    const anchor = anchorForUnit(doc, ayat2, PHRASE);
    expect(anchor.ancestors).toContain(uidAt(doc, 'Pasal 12'));
    // Ayat (2) removed: its phrase is gone from the Pasal -> detached, reason unit-missing.
    const gone = parseDocJson(removeUnit(structuredClone(json), ayat2));
    expect(resolveAnchor(gone, anchor)).toMatchObject({ state: 'detached', reason: 'unit-missing' });
    // Ayat (1) removed instead, and the ayat (2) uid replaced (cut and paste): found in the Pasal.
    const moved = structuredClone(json);
    const text = JSON.stringify(moved).replace(`"uid":"${ayat2}"`, '"uid":"pastedayat01"');
    const r = resolveAnchor(parseDocJson(JSON.parse(text)), anchor);
    expect(r).toMatchObject({ state: 'anchored', method: 'parent', label: 'Pasal 12', text: PHRASE });
  });

  it('a whole-unit thread follows its unit and detaches when the unit is deleted', () => {
    const json = corpusDoc();
    const doc = parseDocJson(json);
    const pasal5 = uidAt(doc, 'Pasal 5');
    const anchor = anchorForUnit(doc, pasal5);
    expect(anchor.quote).toBeUndefined();
    insertPasalBefore(json, uidAt(doc, 'Pasal 1'), 1);
    expect(resolveAnchor(parseDocJson(json), anchor)).toMatchObject({ state: 'anchored', method: 'unit', label: 'Pasal 6' });
    expect(resolveAnchor(parseDocJson(removeUnit(json, pasal5)), anchor)).toMatchObject({ state: 'detached', reason: 'unit-missing' });
  });

  it('refuses an ambiguous or missing quote when making an anchor', () => {
    const doc = parseDocJson(corpusDoc());
    const pasal5 = uidAt(doc, 'Pasal 5');
    expect(() => anchorForUnit(doc, pasal5, 'tidak ada di sini')).toThrow(/tidak ditemukan di Pasal 5/);
    expect(() => anchorForUnit(doc, pasal5, 'Tempat Parkir')).toThrow(/muncul \d+ kali/);
    expect(anchorForUnit(doc, pasal5, 'Tempat Parkir', 2).quote?.start).toBeGreaterThan(0);
  });
});
