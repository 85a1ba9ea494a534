/**
 * Inline content of a paragraph as print runs: text with its marks (em -> italic, strong ->
 * bold), hard breaks, and `ref` nodes printed with their target's current label.
 */
import type { Node } from 'prosemirror-model';
import type { Numbering } from '../model/numbering';
import type { Inline } from './print-model';
import { atChild, listedRefs, refNodeLabel, type RefContext } from '../model/labels';

/** The runs of the inline content of `para`, merging neighbouring runs of the same marks. */
export function inlineRuns(para: Node, numbering: Numbering, ctx: RefContext): Inline[] {
  const out: Inline[] = [];
  const listed = listedRefs(para);
  para.forEach((child, _offset, index) => {
    if (child.type.name === 'hardBreak') {
      out.push({ br: true });
      return;
    }
    const text = child.isText ? (child.text ?? '') : child.type.name === 'ref' ? refNodeLabel(child, numbering, atChild(ctx, listed, index)) : child.textContent;
    if (!text) return;
    const italic = child.marks.some((m) => m.type.name === 'em');
    const bold = child.marks.some((m) => m.type.name === 'strong');
    const prev = out[out.length - 1];
    if (prev && !('br' in prev) && !!prev.italic === italic && !!prev.bold === bold) {
      prev.text += text;
    } else {
      out.push({ text, ...(italic ? { italic } : {}), ...(bold ? { bold } : {}) });
    }
  });
  return out;
}
