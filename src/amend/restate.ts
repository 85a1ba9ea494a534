/**
 * The restated unit of a change item (drafting-rules.md 3.4.2: "reproduce the entire resulting
 * unit"): the draft's node as JSON with every number written literally into `baseNum` (units
 * inside a change item are numbered from it), deleted units as "Dihapus." placeholders, and
 * live references turned into their printed text (their targets are not in the instrument).
 */
import type { Node } from 'prosemirror-model';
import type { NodeJson } from '../model/doc-json';
import { paraJson } from '../model/doc-json';
import { listedRefs, refNodeLabel } from '../model/labels';
import type { Numbering } from '../model/numbering';
import { fillTemplate } from '../model/templates';

const UNITS = new Set(['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'item']);

/** JSON of `node` (a unit of the document `numbering` numbers) ready to be quoted in a change item. */
export function restateUnit(numbering: Numbering, node: Node): NodeJson {
  const convert = (n: Node, fromUid: string | null, listedAfter?: string): NodeJson => {
    const name = n.type.name;
    if (name === 'ref') {
      // The numbering at hand, not a fresh one per reference.
      return {
        type: 'text',
        text: refNodeLabel(n, numbering, { pasalUid: null, unitUid: fromUid, listedAfter }),
      };
    }
    if (n.isText) return n.toJSON() as NodeJson;
    const json: NodeJson = { type: name };
    if (Object.keys(n.attrs).length) json.attrs = { ...n.attrs };
    let uid = fromUid;
    if (UNITS.has(name)) {
      uid = String(n.attrs.uid);
      const u = numbering.get(uid);
      json.attrs = { ...json.attrs, baseNum: u?.num ?? n.attrs.baseNum ?? null };
      if (n.attrs.deleted === true || u?.deleted) {
        json.attrs.deleted = true;
        if (name === 'bab' || name === 'bagian' || name === 'paragraf') {
          json.content = [convert(n.child(0), uid)];
        } else json.content = [paraJson(fillTemplate('dihapus'))];
        return json;
      }
    }
    const content: NodeJson[] = [];
    const listed = n.inlineContent ? listedRefs(n) : null;
    n.forEach((c, _offset, index) => content.push(convert(c, uid, listed?.get(index))));
    if (content.length) json.content = mergeText(content);
    return json;
  };
  return convert(node, null);
}

/** Join adjacent text nodes (a reference turned into text sits between two texts). */
function mergeText(content: NodeJson[]): NodeJson[] {
  const out: NodeJson[] = [];
  for (const c of content) {
    const last = out[out.length - 1];
    if (c.type === 'text' && last?.type === 'text' && !hasMarks(c) && !hasMarks(last))
      last.text = (last.text ?? '') + (c.text ?? '');
    else if (c.type !== 'text' || c.text) out.push({ ...c });
  }
  return out;
}

/** True when a text JSON node carries marks. */
function hasMarks(n: NodeJson): boolean {
  return Array.isArray((n as { marks?: unknown }).marks);
}
