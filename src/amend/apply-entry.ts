/**
 * The report line one change item produces while it is applied, and the edits every kind of item
 * shares: a failure that changes nothing, and putting a restated unit in place of the old one.
 */
import type { NodeJson } from '../model/doc-json';
import type { Instruction } from './instruction';
import { canonicalNum, type Located } from './json-tree';
import type { ApplyReportEntry, ApplyStatus } from './types';

/** Statuses of items that were applied (as written, or under the reading the report states). */
export const APPLIED: ReadonlySet<ApplyStatus> = new Set(['applied', 'ambiguous']);

/** A report line before its item number is known. */
export type Entry = Omit<ApplyReportEntry, 'item'>;

/** A "not understood" line: the item is not applied and the text stays as it was. */
export function fail(ins: Instruction, message: string, units: string[] = []): Entry {
  return { status: 'not-understood', action: ins.action ?? '?', units, message };
}

/**
 * Put `node` where `loc` is, keeping the number the instruction names and the old unit's uid (it
 * is the same unit, reworded).
 */
export function replaceAt(loc: Located, node: NodeJson, type: string, num: string): void {
  const uid = loc.node.attrs?.uid;
  node.attrs = {
    ...node.attrs,
    baseNum: node.attrs?.baseNum ?? num,
    deleted: node.attrs?.deleted ?? false,
    ...(uid ? { uid } : {}),
  };
  if (canonicalNum(type, node.attrs.baseNum) !== canonicalNum(type, num)) node.attrs.baseNum = num;
  keepInnerUids(loc.node, node);
  (loc.parent.content as NodeJson[])[loc.index] = node;
}

/** Ayat and items under `root` by their number path ("ayat:1/item:a"); lists are transparent. */
function byNumberPath(root: NodeJson): Map<string, NodeJson> {
  const out = new Map<string, NodeJson>();
  const walk = (n: NodeJson, path: string) => {
    for (const c of n.content ?? []) {
      if (c.type === 'ayat' || c.type === 'item') {
        const here = `${path}/${c.type}:${canonicalNum(c.type, c.attrs?.baseNum) ?? ''}`;
        if (!out.has(here)) out.set(here, c);
        walk(c, here);
      } else if (c.type === 'list') walk(c, path);
    }
  };
  walk(root, '');
  return out;
}

/**
 * The restated unit's ayat and items take the uids of the old ones with the same numbers: they
 * are the same units, and references to them from other Pasal ("Pasal 13 ayat (1)") must still
 * find them.
 */
function keepInnerUids(old: NodeJson, restated: NodeJson): void {
  const olds = byNumberPath(old);
  for (const [path, n] of byNumberPath(restated)) {
    const uid = olds.get(path)?.attrs?.uid;
    if (typeof uid === 'string' && uid) n.attrs = { ...n.attrs, uid };
  }
}
