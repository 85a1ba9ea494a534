/**
 * Inline content of a paragraph as AKN inline XML: text, `<i>`/`<b>` for marks, `<br/>` for hard
 * breaks, and `<ref href="#eId">label</ref>` for live cross-references (label as printed).
 */
import type { Node } from 'prosemirror-model';
import type { Numbering } from '../../model/numbering';
import { atChild, listedRefs, refNodeLabel, type RefContext } from '../../model/labels';
import { el, escXml } from './xml';

/** The inline XML of `para`; `eids` maps unit uids to eIds. */
export function inlineXml(para: Node, numbering: Numbering, eids: ReadonlyMap<string, string>, ctx: RefContext): string {
  let out = '';
  const listed = listedRefs(para);
  para.forEach((child, _offset, index) => {
    if (child.type.name === 'hardBreak') {
      out += '<br/>';
    } else if (child.type.name === 'ref') {
      const label = refNodeLabel(child, numbering, atChild(ctx, listed, index));
      const eid = eids.get(String(child.attrs.target ?? ''));
      out += eid && numbering.has(String(child.attrs.target)) ? el('ref', { href: `#${eid}` }, escXml(label)) : escXml(label);
    } else if (child.isText) {
      let h = escXml(child.text ?? '');
      if (child.marks.some((m) => m.type.name === 'em')) h = `<i>${h}</i>`;
      if (child.marks.some((m) => m.type.name === 'strong')) h = `<b>${h}</b>`;
      out += h;
    }
  });
  return out;
}
