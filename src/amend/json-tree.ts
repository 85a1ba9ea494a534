/**
 * A mutable ProseMirror JSON tree with parent links, for applying change items to a base text:
 * find units by their printed number, replace, insert after, mark deleted.
 */
import type { NodeJson } from '../model/doc-json';
import { normaliseBaseNum } from '../model/numbering';
import type { NumberFormat } from '../model/insertion-suffix';
import { newUid } from '../model/uid';

/** A located node: the node, its parent and its index there. */
export interface Located {
  node: NodeJson;
  parent: NodeJson;
  index: number;
}

const FORMAT: Record<string, NumberFormat> = {
  bab: 'roman',
  bagian: 'ordinal',
  paragraf: 'arabic',
  pasal: 'arabic',
  ayat: 'ayat',
  item: 'angka',
};

/** How a unit of `type` numbered `num` is named in a report ("ayat (2)", "BAB IV", "Bagian Kedua"). */
export function unitLabel(type: string, num: string): string {
  return type === 'ayat' ? `ayat (${num})` : `${type === 'bab' ? 'BAB' : type.charAt(0).toUpperCase() + type.slice(1)} ${num}`;
}

/** `xs` without repeats, in their order. */
export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** Canonical number of a unit of `type` ("7 a" -> "7A" for Pasal). */
export function canonicalNum(type: string, raw: unknown): string | null {
  const f = FORMAT[type] ?? 'arabic';
  const n = normaliseBaseNum(raw, f);
  if (n === null) return null;
  return type === 'ayat' || type === 'item'
    ? n.toLowerCase()
    : type === 'bagian'
      ? n.toLowerCase().replace(/^pertama\b/, 'kesatu')
      : n.toUpperCase();
}

/** Every node of `type` under `root` (document order, not inside change items). */
export function findAll(root: NodeJson, type: string): Located[] {
  const out: Located[] = [];
  const walk = (n: NodeJson) => {
    (n.content ?? []).forEach((c, index) => {
      if (c.type === 'changeItem') return;
      if (c.type === type) out.push({ node: c, parent: n, index });
      walk(c);
    });
  };
  walk(root);
  return out;
}

/** The unit of `type` numbered `num` under `root`, or null (first match). */
export function findUnit(root: NodeJson, type: string, num: string): Located | null {
  const want = canonicalNum(type, num);
  return (
    findAll(root, type).find((l) => canonicalNum(type, l.node.attrs?.baseNum) === want) ?? null
  );
}

/** The batang tubuh of a document JSON. */
export function bodyOf(doc: NodeJson): NodeJson {
  const b = (doc.content ?? []).find((c) => c.type === 'batangTubuh');
  if (!b) throw new Error('batangTubuh missing');
  b.content ??= [];
  return b;
}

/** The parent of `target` under `root`, with its index. */
export function locate(root: NodeJson, target: NodeJson): Located | null {
  let found: Located | null = null;
  const walk = (n: NodeJson) => {
    (n.content ?? []).forEach((c, index) => {
      if (found) return;
      if (c === target) found = { node: c, parent: n, index };
      else walk(c);
    });
  };
  walk(root);
  return found;
}

/** Deep copy. */
export function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** Give fresh uids to duplicated uids (first occurrence keeps its uid). */
export function dedupeUids(root: NodeJson): void {
  const seen = new Set<string>();
  const walk = (n: NodeJson) => {
    const uid = n.attrs?.uid;
    if (typeof uid === 'string' && uid) {
      if (seen.has(uid)) n.attrs = { ...n.attrs, uid: newUid() };
      seen.add(String(n.attrs?.uid));
    }
    (n.content ?? []).forEach(walk);
  };
  walk(root);
}
