/**
 * Browser side of the editor benchmark (bundled by test/bench/editor.ts with esbuild): opens a
 * document in the Rancang editor (all plugins), in the same editor with the numbering rebuilt
 * from scratch on every change and a whole-document schema check (the first implementation), or
 * in a bare ProseMirror view over the same schema, and types into a Pasal in the middle.
 */
import { EditorState, Plugin, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { perdaSchema } from '../../../src/model/schema';
import type { DocJson } from '../../../src/api/contract';
import { createPerdaState } from '../../../renderer/editor/create-state';
import { computeNumberingState, numberingKey } from '../../../renderer/editor/numbering-plugin';

type Variant = 'rancang' | 'before' | 'bare';

let view: EditorView | null = null;

/** The first implementation: numbering rebuilt and the whole document checked on every change. */
function beforeState(json: DocJson): EditorState {
  const state = createPerdaState(json);
  const plugins = state.plugins.map((p) => {
    if ((p as unknown as { key: string }).key === (numberingKey as unknown as { key: string }).key) {
      return new Plugin({
        key: numberingKey,
        state: { init: (_c, s) => computeNumberingState(s.doc), apply: (tr, old) => (tr.docChanged ? computeNumberingState(tr.doc) : old) },
        props: { ...p.spec.props },
      });
    }
    return p;
  });
  plugins.push(new Plugin({ filterTransaction: (tr) => (tr.docChanged ? (tr.doc.check(), true) : true) }));
  return EditorState.create({ doc: state.doc, plugins });
}

/** Open `json`; the total time and its parts (state, view, style and layout). */
function open(json: DocJson, variant: Variant): { total: number; state: number; view: number; layout: number } {
  view?.destroy();
  const host = document.getElementById('host')!;
  const t0 = performance.now();
  const state =
    variant === 'bare' ? EditorState.create({ doc: perdaSchema.nodeFromJSON(json) }) : variant === 'before' ? beforeState(json) : createPerdaState(json);
  const t1 = performance.now();
  view = new EditorView(host, { state, attributes: { class: 'perda-doc' } });
  const t2 = performance.now();
  void host.getBoundingClientRect().height; // force style and layout
  const t3 = performance.now();
  return { total: t3 - t0, state: t1 - t0, view: t2 - t1, layout: t3 - t2 };
}

/** Put the cursor at the end of the first paragraph of the middle Pasal. */
function cursorInMiddle(): void {
  const v = view!;
  const pasal: number[] = [];
  v.state.doc.descendants((n, pos) => {
    if (n.type.name === 'pasal') pasal.push(pos);
    return n.type.name !== 'pasal';
  });
  const at = pasal[Math.floor(pasal.length / 2)]!;
  const sel = TextSelection.findFrom(v.state.doc.resolve(at + 1), 1, true)!;
  const end = sel.$from.end();
  v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, end)));
  v.focus();
}

/** Type `n` characters; the latency of each is dispatch + view update + forced layout. */
function type(n: number): number[] {
  const v = view!;
  cursorInMiddle();
  const out: number[] = [];
  const text = 'lorem ipsum dolor sit amet ';
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    v.dispatch(v.state.tr.insertText(text[i % text.length]!));
    void v.dom.getBoundingClientRect().height;
    out.push(performance.now() - t0);
  }
  return out;
}

(window as unknown as { rancangBench: unknown }).rancangBench = { open, type };
