/**
 * Plain ProseMirror JSON builders used while importing (turned into schema nodes at the end, so
 * that stages can rewrite text, e.g. to insert `ref` nodes, before the document is checked).
 */
import { newUid } from '../model/uid';

/** A ProseMirror node as JSON. */
export interface PMJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PMJson[];
  text?: string;
}

/** Inline text content for a string (empty string gives no content). */
export function textContent(text: string): PMJson[] {
  return text ? [{ type: 'text', text }] : [];
}

/** A paragraph of text. */
export function para(text: string, role: string | null = null): PMJson {
  return { type: 'para', attrs: { role }, content: textContent(text) };
}

/** A paragraph whose lines are kept, separated by hard breaks (signature blocks). */
export function paraLines(lines: readonly string[], role: string | null = null): PMJson {
  const content: PMJson[] = [];
  lines.forEach((l, i) => {
    if (i > 0) content.push({ type: 'hardBreak' });
    if (l) content.push({ type: 'text', text: l });
  });
  return { type: 'para', attrs: { role }, content };
}

/** A numbered unit node with a fresh uid and its number in the source as `baseNum`. */
export function unit(type: string, baseNum: string | null, content: PMJson[]): PMJson {
  return { type, attrs: { uid: newUid(), baseNum, deleted: false }, content };
}

/** A heading (title line of a BAB, Bagian or Paragraf). */
export function heading(text: string): PMJson {
  return { type: 'heading', content: textContent(text) };
}

/** Plain text of a JSON node (hard breaks as spaces, refs as their text). */
export function jsonText(n: PMJson): string {
  if (n.type === 'text') return n.text ?? '';
  if (n.type === 'hardBreak') return ' ';
  if (n.type === 'ref') return String(n.attrs?.text ?? '');
  return (n.content ?? []).map(jsonText).join(n.type === 'para' || n.type === 'heading' ? '' : ' ');
}
