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
  (loc.parent.content as NodeJson[])[loc.index] = node;
}
