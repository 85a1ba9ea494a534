// @vitest-environment jsdom
/** The editor prints the core's numbers as non-editable labels, "Dihapus." and the Judul head. */
import { afterEach, describe, expect, it } from 'vitest';
import { EditorView } from 'prosemirror-view';
import { createPerdaState } from '../../../renderer/editor/create-state';
import { buildOutline } from '../../../renderer/editor/outline';
import { ayat, bab, item, list, para, pasal, perdaDoc } from './fixtures';

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

function mount(json: ReturnType<typeof perdaDoc>): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  view = new EditorView(host, { state: createPerdaState(json) });
  return host;
}

const labels = (host: HTMLElement, cls: string) => [...host.querySelectorAll(`.${cls}`)].map((e) => e.textContent);

describe('numbering labels in the editor', () => {
  const json = () =>
    perdaDoc(
      bab('KETENTUAN UMUM', pasal(para('Satu.'))),
      bab('MATERI', pasal(ayat(para('Ayat.'), list(item(para('huruf;')), item(para('huruf dua.')))), ayat(para('Dua.')))),
    );

  it('prints BAB, Pasal, ayat and list markers from numberDocument, not editable', () => {
    const host = mount(json());
    expect(labels(host, 'unit-num-bab')).toEqual(['BAB I', 'BAB II']);
    expect(labels(host, 'unit-num-pasal')).toEqual(['Pasal 1', 'Pasal 2']);
    expect(labels(host, 'unit-num-ayat')).toEqual(['(1)', '(2)']);
    expect(labels(host, 'unit-num-item').slice(-2)).toEqual(['a.', 'b.']);
    for (const el of host.querySelectorAll('.unit-num')) expect(el.getAttribute('contenteditable')).toBe('false');
    expect(host.querySelector('.perda-doc, .ProseMirror')!.textContent).toContain('RANCANGAN');
    expect(host.textContent).toContain('NOMOR ... TAHUN ...');
    expect(host.textContent).toContain('Menimbang');
  });

  it('updates the labels when a Pasal is inserted before others', () => {
    const host = mount(json());
    const v = view!;
    const firstPasalEnd = (() => {
      let end = -1;
      v.state.doc.descendants((n, pos) => {
        if (end < 0 && n.type.name === 'pasal') end = pos + n.nodeSize;
        return end < 0;
      });
      return end;
    })();
    const node = v.state.schema.nodeFromJSON(pasal(para('Baru.')));
    v.dispatch(v.state.tr.insert(firstPasalEnd, node));
    expect(labels(host, 'unit-num-pasal')).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3']);
    expect(buildOutline(v.state.doc).map((e) => e.label)).toEqual(['BAB I', 'Pasal 1', 'Pasal 2', 'BAB II', 'Pasal 3']);
  });

  it('prints "Dihapus." for a deleted unit and hides its kept text', () => {
    const deleted = { ...pasal(para('Teks lama.')), attrs: { uid: 'del1', baseNum: '2', deleted: true } };
    const host = mount({ ...perdaDoc({ ...pasal(para('Satu.')), attrs: { uid: 'base1', baseNum: '1' } }, deleted), attrs: { mode: 'perubahan', kind: 'perda' } });
    const section = host.querySelector('section.pasal[data-uid="del1"]')!;
    expect(section.classList.contains('is-deleted')).toBe(true);
    expect(section.querySelector('.unit-num-pasal')!.textContent).toBe('Pasal 2 Dihapus.');
  });

  it('prints the NOMOR and TAHUN of an enacted Judul without RANCANGAN', () => {
    const json2 = perdaDoc(pasal(para('Satu.')));
    const judul = (json2.content as Array<Record<string, unknown>>)[0]!;
    judul.attrs = { ...(judul.attrs as object), nomor: '3', tahun: '2021' };
    const host = mount(json2);
    expect(host.textContent).toContain('NOMOR 3 TAHUN 2021');
    expect(host.textContent).not.toContain('RANCANGAN');
  });
});
