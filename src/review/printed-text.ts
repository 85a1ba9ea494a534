/**
 * The text of a unit as printed: every paragraph on its own line, with the derived markers of
 * the units inside it ("(1)", "a.", "1.") in front of their first paragraph. Used for the
 * "Rancangan Peraturan Daerah" column of the DIM.
 */
import type { Node } from 'prosemirror-model';
import { numberDocument } from '../model/numbering';
import { unitIndex } from './unit-index';
import { flatText } from './unit-text';

/** The printed text of unit `uid` of `doc` ("" when the unit is not there). */
export function printedText(doc: Node, uid: string): string {
  const loc = unitIndex(doc).get(uid);
  if (!loc) return '';
  const numbering = numberDocument(doc);
  const lines: string[] = [];
  let pending = '';
  const walk = (node: Node) => {
    node.forEach((child) => {
      if (child.isTextblock) {
        if (child.type.name === 'heading') return;
        lines.push(pending ? `${pending} ${flatText(child)}` : flatText(child));
        pending = '';
        return;
      }
      const u = typeof child.attrs.uid === 'string' ? numbering.get(child.attrs.uid) : undefined;
      if (u && u.marker) pending = pending ? `${pending} ${u.marker}` : u.marker;
      walk(child);
    });
  };
  if (loc.node.isTextblock) return flatText(loc.node);
  walk(loc.node);
  return lines.join('\n');
}
