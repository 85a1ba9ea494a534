/**
 * The JSON tree under the structure fixes of the import review: find a unit by uid, rebuild the
 * document with a changed child list, and check the result against the Perda schema (a fix that
 * would make the document invalid is refused with a reason, never applied).
 */
import type { Node } from 'prosemirror-model';
import { perdaSchema } from '../../model/schema';
import { newUid } from '../../model/uid';

/** ProseMirror JSON of one node. */
export interface NodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJson[];
  text?: string;
  marks?: unknown[];
}

/** What a fix returns: the new document, or the Indonesian reason why it was refused. */
export type FixResult = { ok: true; doc: Node } | { ok: false; reason: string };

/** A node found by uid: the node, its parent and its index in the parent. */
export interface Located {
  node: NodeJson;
  parent: NodeJson;
  index: number;
  /** Ancestors from the root down to the parent. */
  ancestors: NodeJson[];
}

/** Unit names for messages. */
export const KIND_NAMES: Record<string, string> = {
  bab: 'BAB',
  bagian: 'Bagian',
  paragraf: 'Paragraf',
  pasal: 'Pasal',
  ayat: 'ayat',
  item: 'butir (huruf/angka)',
  para: 'paragraf teks',
  list: 'daftar',
};

/** A refused fix. */
export const refuse = (reason: string): FixResult => ({ ok: false, reason });

/** The document as mutable JSON. */
export function toJson(doc: Node): NodeJson {
  return doc.toJSON() as NodeJson;
}

/** Find the node with `uid` (depth first). */
export function locate(root: NodeJson, uid: string): Located | null {
  const walk = (n: NodeJson, ancestors: NodeJson[]): Located | null => {
    const kids = n.content ?? [];
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.attrs?.uid === uid) return { node: c, parent: n, index: i, ancestors: [...ancestors, n] };
      const hit = walk(c, [...ancestors, n]);
      if (hit) return hit;
    }
    return null;
  };
  return walk(root, []);
}

/** The parent of `node` in `root` (by identity). */
export function parentOf(root: NodeJson, node: NodeJson): { parent: NodeJson; index: number } | null {
  const kids = root.content ?? [];
  for (let i = 0; i < kids.length; i++) {
    if (kids[i] === node) return { parent: root, index: i };
    const hit = parentOf(kids[i]!, node);
    if (hit) return hit;
  }
  return null;
}

/** A new numbered unit of `type` (fresh uid, no base number) with `content`. */
export function newUnit(type: string, content: NodeJson[]): NodeJson {
  return { type, attrs: { uid: newUid(), baseNum: null, deleted: false }, content };
}

/** Check the edited JSON against the schema; the reason names what became invalid. */
export function finish(root: NodeJson, what: string): FixResult {
  try {
    const doc = perdaSchema.nodeFromJSON(root);
    doc.check();
    return { ok: true, doc };
  } catch {
    return refuse(`${what} tidak dapat dilakukan di sini: susunan naskah akan menjadi tidak sah (urutan BAB/Bagian/Paragraf/Pasal/ayat tidak sesuai).`);
  }
}

/** Text of a node's inline content (for messages). */
export function plain(n: NodeJson): string {
  if (typeof n.text === 'string') return n.text;
  return (n.content ?? []).map(plain).join(' ');
}
