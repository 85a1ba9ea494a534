/**
 * Shows the derived numbers of the document as non-editable widget decorations, computed by the
 * one numbering function of the core (`numberDocument`), never by CSS counters. Recomputed on
 * every document change; widget keys let the view reuse unchanged labels.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { numberDocument, type Numbering } from '../../src/model/numbering';
import { LEGAL_TEXT } from './legal-text';
import { judulHead, printedHeading, sideLabel, unitLabel } from './number-widgets';

/** Plugin key of the numbering decorations. */
export const numberingKey = new PluginKey<DecorationSet>('numbering');

const NUMBERED = new Set(['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'item']);

function safeNumbering(doc: Node): Numbering {
  try {
    return numberDocument(doc);
  } catch (e) {
    console.error('numberDocument failed', e);
    return new Map();
  }
}

/** Build the decorations for `doc`. */
export function numberingDecorations(doc: Node): DecorationSet {
  const numbering = safeNumbering(doc);
  const decos: Decoration[] = [];
  doc.descendants((node, pos) => {
    const name = node.type.name;
    if (NUMBERED.has(name)) {
      const uid = node.attrs.uid as string;
      const n = numbering.get(uid);
      const marker = n?.marker ?? '';
      const deleted = Boolean(n?.deleted ?? node.attrs.deleted);
      decos.push(
        Decoration.widget(pos + 1, () => unitLabel(name, marker, deleted, uid), {
          side: -1,
          key: `n:${uid}:${marker}:${deleted}`,
          ignoreSelection: true,
        }),
        Decoration.node(pos, pos + node.nodeSize, {
          'data-uid': uid,
          class: deleted ? 'unit is-deleted' : 'unit',
        }),
      );
      return true;
    }
    switch (name) {
      case 'judul': {
        const { prefix, nomor, tahun } = node.attrs as { prefix: string; nomor: string; tahun: string };
        decos.push(
          Decoration.widget(pos, () => judulHead(prefix, nomor, tahun), {
            side: -1,
            key: `j:${prefix}:${nomor}:${tahun}`,
          }),
        );
        return false;
      }
      case 'konsiderans':
      case 'dasarHukum': {
        const word = name === 'konsiderans' ? LEGAL_TEXT.menimbang : LEGAL_TEXT.mengingat;
        decos.push(Decoration.widget(pos + 1, () => sideLabel(word), { side: -1, key: `s:${word}` }));
        return true;
      }
      case 'penjelasan':
        decos.push(Decoration.widget(pos + 1, () => printedHeading(LEGAL_TEXT.penjelasan), { side: -1, key: 'pj' }));
        return true;
      case 'penjelasanUmum':
        decos.push(Decoration.widget(pos + 1, () => printedHeading(LEGAL_TEXT.umum, 'left'), { side: -1, key: 'pju' }));
        return false;
      case 'penjelasanPasalDemiPasal':
        decos.push(
          Decoration.widget(pos + 1, () => printedHeading(LEGAL_TEXT.pasalDemiPasal, 'left'), { side: -1, key: 'pjp' }),
        );
        return true;
      case 'penjelasanPasal': {
        const label = (node.attrs.target && numbering.get(node.attrs.target as string)?.marker) || String(node.attrs.label ?? '');
        decos.push(Decoration.widget(pos + 1, () => printedHeading(label), { side: -1, key: `pp:${pos}:${label}` }));
        return false;
      }
      case 'lampiran': {
        const title = String(node.attrs.title ?? '');
        decos.push(Decoration.widget(pos + 1, () => printedHeading(title, 'lampiran-title'), { side: -1, key: `l:${title}` }));
        return false;
      }
      default:
        return !node.isTextblock;
    }
  });
  return DecorationSet.create(doc, decos);
}

/** The numbering plugin. */
export function numberingPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: numberingKey,
    state: {
      init: (_config, state) => numberingDecorations(state.doc),
      apply: (tr, old) => (tr.docChanged ? numberingDecorations(tr.doc) : old),
    },
    props: {
      decorations: (state) => numberingKey.getState(state),
    },
  });
}
