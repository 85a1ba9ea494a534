/** Inserting references: resolution from the cursor, "dalam"/"pada", suggestions, typed addresses. */
import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { addressSuggestions, cursorContext, insertReference } from '../../../renderer/editor/commands/insert-ref';
import { editorNumbering } from '../../../renderer/editor/numbering-plugin';
import { refAutocompleteKey, typedRefAt } from '../../../renderer/editor/ref-autocomplete';
import { countMatches, findQuery } from '../../../renderer/editor/find';
import { penjelasanJump, unitPath, wordCount } from '../../../renderer/editor/status';
import { ayat, bab, item, list, para, pasal, perdaDoc, run, stateAt } from './fixtures';

const doc = () =>
  perdaDoc(
    bab('KETENTUAN UMUM', pasal(para('Satu izin.'))),
    bab(
      'MATERI',
      pasal(ayat(para('Izin usaha.')), ayat(para('Izin meliputi:'), list(item(para('izin lokasi;')), item(para('izin usaha.'))))),
      pasal(para('Tiga.')),
    ),
  );

/** The paragraph text around the cursor with refs shown as [target label]. */
function paraText(state: EditorState): string {
  let s = '';
  state.selection.$from.parent.forEach((n) => {
    s += n.isText ? n.text : `[${n.attrs.text}]`;
  });
  return s;
}

describe('insertReference', () => {
  it('to another Pasal: "sebagaimana dimaksud dalam Pasal 2 ayat (2) huruf a"', () => {
    const [ok, after] = run(insertReference('Pasal 2 ayat (2) huruf a'), stateAt(doc(), 'Tiga.', 4));
    expect(ok).toBe(true);
    expect(paraText(after)).toBe('Tiga sebagaimana dimaksud dalam [Pasal 2 ayat (2) huruf a].');
  });

  it('inside the same Pasal: "pada ayat (1)", relative addresses resolve from the cursor', () => {
    const [ok, after] = run(insertReference('ayat (1)'), stateAt(doc(), 'Izin meliputi', 4));
    expect(ok).toBe(true);
    expect(paraText(after)).toBe('Izin sebagaimana dimaksud pada [ayat (1)] meliputi:');
  });

  it('puts the preposition right when the phrase is already typed', () => {
    const state = stateAt(doc(), 'Tiga.', 4);
    const typed = state.apply(state.tr.insertText(' sebagaimana dimaksud pada '));
    const [, after] = run(insertReference('Pasal 1'), typed);
    expect(paraText(after)).toBe('Tiga sebagaimana dimaksud dalam [Pasal 1].');
  });

  it('ranges, and refuses unknown addresses or a place without text', () => {
    const [ok, after] = run(insertReference('Pasal 1 sampai dengan Pasal 3'), stateAt(doc(), 'Tiga.', 4));
    expect(ok).toBe(true);
    expect(paraText(after)).toContain('[Pasal 1 sampai dengan Pasal 3]');
    expect(insertReference('Pasal 9')(stateAt(doc(), 'Tiga.'))).toBe(false);
    expect(insertReference('Pasal 1')(stateAt(doc(), 'MATERI'))).toBe(false); // titles hold no references
  });
});

describe('suggestions and typed references', () => {
  it('suggests addresses of the document, relative ones under the cursor first', () => {
    const state = stateAt(doc(), 'Izin meliputi');
    const numbering = editorNumbering(state);
    expect(addressSuggestions(numbering, 'Pasal 2 ayat (2) h')).toEqual(['Pasal 2 ayat (2) huruf a', 'Pasal 2 ayat (2) huruf b']);
    expect(addressSuggestions(numbering, 'ayat (1', 8, cursorContext(state, numbering))[0]).toBe('Pasal 2 ayat (1)');
    expect(addressSuggestions(numbering, '')).toEqual([]);
  });

  it('recognises an address typed after "sebagaimana dimaksud dalam" and offers it', () => {
    const state = stateAt(doc(), 'Tiga.', 4);
    const typed = state.apply(state.tr.insertText(' sebagaimana dimaksud dalam Pasal 2 ayat (2'));
    const found = refAutocompleteKey.getState(typed);
    expect(found).toMatchObject({ query: 'Pasal 2 ayat (2' });
    expect(found!.suggestions[0]).toBe('Pasal 2 ayat (2)');
    expect(typedRefAt(state)).toBeNull();
  });
});

describe('find, status', () => {
  it('counts whole-word, case and scope matches', () => {
    const state = stateAt(doc(), 'Tiga.');
    expect(countMatches(state, findQuery({ search: 'izin', replace: '', caseSensitive: false, wholeWord: true, scope: 'all' }))).toBe(5);
    expect(countMatches(state, findQuery({ search: 'Izin', replace: '', caseSensitive: true, wholeWord: true, scope: 'all' }))).toBe(2);
    expect(countMatches(state, findQuery({ search: 'izin', replace: '', caseSensitive: false, wholeWord: true, scope: 'penjelasan' }))).toBe(0);
  });

  it('shows the address path of the cursor and counts words', () => {
    expect(unitPath(stateAt(doc(), 'izin lokasi'))).toBe('BAB II > Pasal 2 ayat (2) huruf a');
    expect(unitPath(stateAt(doc(), 'Satu izin.'))).toBe('BAB I > Pasal 1');
    expect(wordCount(stateAt(doc(), 'Tiga.').doc)).toBeGreaterThan(10);
    expect(penjelasanJump(stateAt(doc(), 'Tiga.'))).toBeNull(); // no Penjelasan in this document
  });
});
