/**
 * Plain text of copied content, as a drafter would retype it: each numbered unit starts a line
 * with its marker ("Pasal 7", "(1)", "a."), BAB/Bagian titles follow their number, references
 * print their current labels. Used for the text/plain clipboard flavour (pasting into Word or an
 * e-mail) and as the key that recognises the app's own copies on paste.
 */
import type { Fragment, Node } from 'prosemirror-model';
import type { Numbering } from '../../src/model/numbering';

const NUMBERED = new Set(['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'item']);

function inlineText(node: Node): string {
  let s = '';
  node.forEach((c) => {
    if (c.isText) s += c.text ?? '';
    else if (c.type.name === 'ref') s += String(c.attrs.text ?? '');
    else if (c.type.name === 'hardBreak') s += '\n';
  });
  return s;
}

/** The text of `fragment`, one block per line, unit markers taken from `numbering`. */
export function fragmentText(fragment: Fragment, numbering: Numbering): string {
  const lines: string[] = [];
  let pending = '';
  let pendingType = '';
  const walk = (node: Node) => {
    if (node.isTextblock) {
      const text = inlineText(node);
      if (pending && (pendingType === 'ayat' || pendingType === 'item')) {
        lines.push(`${pending} ${text}`);
      } else {
        if (pending) lines.push(pending);
        lines.push(text);
      }
      pending = '';
      return;
    }
    if (NUMBERED.has(node.type.name)) {
      if (pending) lines.push(pending);
      pending = numbering.get(String(node.attrs.uid))?.marker ?? '';
      pendingType = node.type.name;
    }
    node.forEach(walk);
  };
  fragment.forEach(walk);
  if (pending) lines.push(pending);
  return lines.join('\n');
}
