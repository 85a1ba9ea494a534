/**
 * Pasted text that contains Perda headings ("Pasal 12", "(1)", "a.") becomes Pasal, ayat and
 * lists: the importer's own parser (`parseText` of src/parse, pure, bundled in the renderer)
 * structures it, and the Pasal it found are new units (no base numbers; references between them
 * stay live, references to other Pasal stay text).
 */
import type { Node, Schema } from 'prosemirror-model';
import { parseText } from '../../src/parse/parse-text';

const PASAL_LINE = /^\s*Pasal\s+\d+[A-Z]?\s*$/m;

/** True when `text` holds at least one "Pasal N" heading line. */
export function looksLikePasal(text: string): boolean {
  return PASAL_LINE.test(text);
}

/** Forget base numbers: pasted units are new in this draft. */
function asNew(json: Record<string, unknown>): Record<string, unknown> {
  const attrs = json.attrs as Record<string, unknown> | undefined;
  const content = json.content as Array<Record<string, unknown>> | undefined;
  return {
    ...json,
    ...(attrs && 'baseNum' in attrs ? { attrs: { ...attrs, baseNum: null, deleted: false } } : {}),
    ...(content ? { content: content.map(asNew) } : {}),
  };
}

/** The Pasal found in `text`, as nodes of `schema`; empty when the text has none. */
export function pasalFromText(text: string, schema: Schema): Node[] {
  if (!looksLikePasal(text)) return [];
  const { doc } = parseText(text, { skipCorpusHeader: false });
  const out: Node[] = [];
  const walk = (node: Node) => {
    node.forEach((child) => {
      if (child.type.name === 'pasal') out.push(schema.nodeFromJSON(asNew(child.toJSON() as Record<string, unknown>)));
      else if (['batangTubuh', 'bab', 'bagian', 'paragraf'].includes(child.type.name)) walk(child);
    });
  };
  walk(doc);
  return out;
}
