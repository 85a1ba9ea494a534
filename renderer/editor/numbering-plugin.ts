/**
 * Shows the derived numbers of the document as non-editable widget decorations, computed by the
 * one numbering function of the core (`numberDocument`), never by CSS counters; gives every live
 * cross-reference its current label (the same `refLabel` the exports print) and marks references
 * to deleted or "Dihapus." units.
 *
 * Incremental: typing inside a paragraph cannot change any number, so such transactions only map
 * the decorations (and keep the numbering); everything else (see structure-change.ts) rebuilds.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { numberDocument, type Numbering } from '../../src/model/numbering';
import { atChild, listedRefs, refNodeLabel, type RefContext } from '../../src/model/labels';
import { LEGAL_TEXT } from './legal-text';
import { judulHead, printedHeading, sideLabel, unitLabel } from './number-widgets';
import { RefView, type RefSpec } from './ref-view';
import { changesStructure } from './structure-change';

/** A reference whose target is gone or "Dihapus.". */
export interface BrokenRef {
  /** Position of the ref node. */
  pos: number;
  /** The label it prints. */
  label: string;
  /** uid of the Pasal it is written in, if any. */
  pasalUid: string | null;
}

/** State of the numbering plugin. */
export interface NumberingState {
  numbering: Numbering;
  decorations: DecorationSet;
  broken: BrokenRef[];
}

/** Plugin key of the numbering decorations. */
export const numberingKey = new PluginKey<NumberingState>('numbering');

const NUMBERED = new Set(['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'item']);

function safeNumbering(doc: Node): Numbering {
  try {
    return numberDocument(doc);
  } catch (e) {
    console.error('numberDocument failed', e);
    return new Map();
  }
}

/** Walk context: the Pasal and innermost unit a reference stands in, and whether it is inside Menimbang. */
interface Ctx extends RefContext {
  pasalUid: string | null;
}

/** Build numbering, decorations and the broken-reference list for `doc`. */
export function computeNumberingState(doc: Node): NumberingState {
  const numbering = safeNumbering(doc);
  const decos: Decoration[] = [];
  const broken: BrokenRef[] = [];

  const isGone = (uid: unknown) => {
    const u = typeof uid === 'string' && uid ? numbering.get(uid) : undefined;
    return !u || u.deleted;
  };

  const visit = (node: Node, pos: number, ctx: Ctx): void => {
    const name = node.type.name;
    if (name === 'ref') {
      const label = refNodeLabel(node, numbering, ctx);
      const isBroken =
        isGone(node.attrs.target) || (node.attrs.to !== null && isGone(node.attrs.to));
      const spec: RefSpec = { refLabel: label, broken: isBroken };
      decos.push(Decoration.node(pos, pos + node.nodeSize, {}, spec));
      if (isBroken) broken.push({ pos, label, pasalUid: ctx.pasalUid });
      return;
    }
    if (node.isText) return;
    let inner = ctx;
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
      inner = name === 'pasal' ? { ...ctx, pasalUid: uid, unitUid: uid } : { ...ctx, unitUid: uid };
    } else {
      switch (name) {
        case 'judul': {
          const { prefix, nomor, tahun } = node.attrs as {
            prefix: string;
            nomor: string;
            tahun: string;
          };
          decos.push(
            Decoration.widget(pos, () => judulHead(prefix, nomor, tahun), {
              side: -1,
              key: `j:${prefix}:${nomor}:${tahun}`,
            }),
          );
          return;
        }
        case 'konsiderans':
        case 'dasarHukum': {
          const word = name === 'konsiderans' ? LEGAL_TEXT.menimbang : LEGAL_TEXT.mengingat;
          decos.push(
            Decoration.widget(pos + 1, () => sideLabel(word), { side: -1, key: `s:${word}` }),
          );
          if (name === 'konsiderans') inner = { ...ctx, inKonsiderans: true };
          break;
        }
        case 'penjelasan':
          decos.push(
            Decoration.widget(pos + 1, () => printedHeading(LEGAL_TEXT.penjelasan), {
              side: -1,
              key: 'pj',
            }),
          );
          break;
        case 'penjelasanUmum':
          decos.push(
            Decoration.widget(pos + 1, () => printedHeading(LEGAL_TEXT.umum, 'left'), {
              side: -1,
              key: 'pju',
            }),
          );
          break;
        case 'penjelasanPasalDemiPasal':
          decos.push(
            Decoration.widget(pos + 1, () => printedHeading(LEGAL_TEXT.pasalDemiPasal, 'left'), {
              side: -1,
              key: 'pjp',
            }),
          );
          break;
        case 'penjelasanPasal': {
          const target = node.attrs.target as string | null;
          const t = target ? numbering.get(target) : undefined;
          const label = t?.marker || String(node.attrs.label ?? '');
          decos.push(
            Decoration.widget(pos + 1, () => printedHeading(label), {
              side: -1,
              key: `pp:${label}:${target ?? ''}`,
            }),
            Decoration.node(pos, pos + node.nodeSize, {
              'data-target': target ?? '',
              class: t?.deleted ? 'is-deleted-entry' : '',
            }),
          );
          inner = { ...ctx, pasalUid: target, unitUid: null };
          break;
        }
        case 'lampiran': {
          const title = String(node.attrs.title ?? '');
          decos.push(
            Decoration.widget(pos + 1, () => printedHeading(title, 'lampiran-title'), {
              side: -1,
              key: `l:${title}`,
            }),
          );
          break;
        }
        default:
      }
    }
    if (node.isTextblock && !hasRefChild(node)) return;
    const listed = node.isTextblock ? listedRefs(node) : null;
    node.forEach((child, offset, index) => visit(child, pos + 1 + offset, listed ? atChild(inner, listed, index) : inner));
  };

  doc.forEach((child, offset) => visit(child, offset, { pasalUid: null, inKonsiderans: false }));
  return { numbering, decorations: DecorationSet.create(doc, decos), broken };
}

function hasRefChild(node: Node): boolean {
  let found = false;
  node.forEach((c) => {
    if (c.type.name === 'ref') found = true;
  });
  return found;
}

/** Build the decorations for `doc` (kept for callers that only need the labels). */
export function numberingDecorations(doc: Node): DecorationSet {
  return computeNumberingState(doc).decorations;
}

/** The numbering of the document as the editor shows it (cheap: kept by the plugin). */
export function editorNumbering(state: EditorState): Numbering {
  return numberingKey.getState(state)?.numbering ?? numberDocument(state.doc);
}

/** The references to deleted or missing units, in document order. */
export function brokenRefs(state: EditorState): BrokenRef[] {
  return numberingKey.getState(state)?.broken ?? [];
}

/** The numbering plugin. */
export function numberingPlugin(): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_config, state) => computeNumberingState(state.doc),
      apply: (tr, old) => {
        if (!tr.docChanged) return old;
        if (changesStructure(tr)) return computeNumberingState(tr.doc);
        return {
          numbering: old.numbering,
          decorations: old.decorations.map(tr.mapping, tr.doc),
          broken: old.broken.map((b) => ({ ...b, pos: tr.mapping.map(b.pos) })),
        };
      },
    },
    props: {
      decorations: (state) => numberingKey.getState(state)?.decorations,
      nodeViews: {
        ref: (node, _view, _getPos, decorations) => new RefView(node, decorations),
      },
    },
  });
}
