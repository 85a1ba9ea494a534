/** The change items of a parsed amending instrument, as tests list them. */
import type { Node } from 'prosemirror-model';
import { changeItemUnits } from '../../src/parse/outline';

/** Each change item of `doc` as "action: units" ("diubah: Pasal 5", "disisipkan: Pasal 3A, Pasal 3B"). */
export function changeItemList(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'changeItem') out.push(`${String(n.attrs.action)}: ${changeItemUnits(n).join(', ')}`);
    return n.type.name !== 'changeItem';
  });
  return out;
}
