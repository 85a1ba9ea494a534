/**
 * The outline of the batang tubuh: BAB, Bagian, Paragraf and Pasal with their derived labels
 * and titles (a Pasal shows the start of its text), in document order.
 */
import type { Node } from 'prosemirror-model';
import { numberDocument } from '../../src/model/numbering';

/** One line of the outline. */
export interface OutlineEntry {
  uid: string;
  type: 'bab' | 'bagian' | 'paragraf' | 'pasal';
  /** "BAB II", "Bagian Kesatu", "Paragraf 1", "Pasal 7". */
  label: string;
  /** The unit's title (BAB/Bagian/Paragraf) or the start of its text (Pasal). */
  title: string;
  /** Nesting depth for indentation (0 = BAB). */
  depth: number;
  deleted: boolean;
}

const SNIPPET = 60;

function snippet(node: Node): string {
  const text = node.textBetween(0, node.content.size, ' ', ' ').replace(/\s+/g, ' ').trim();
  return text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1)}…` : text;
}

/** Compute the outline of `doc`. */
export function buildOutline(doc: Node): OutlineEntry[] {
  const numbering = numberDocument(doc);
  const out: OutlineEntry[] = [];
  const walk = (parent: Node, depth: number) => {
    parent.forEach((node) => {
      const type = node.type.name;
      if (type !== 'bab' && type !== 'bagian' && type !== 'paragraf' && type !== 'pasal') return;
      const uid = node.attrs.uid as string;
      const n = numbering.get(uid);
      const title = type === 'pasal' ? snippet(node) : node.firstChild ? snippet(node.firstChild) : '';
      out.push({ uid, type, label: n?.marker ?? '', title, depth, deleted: Boolean(n?.deleted) });
      if (type !== 'pasal') walk(node, depth + 1);
    });
  };
  doc.forEach((node) => {
    if (node.type.name === 'batangTubuh') walk(node, 0);
  });
  return out;
}
