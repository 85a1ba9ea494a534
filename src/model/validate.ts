/**
 * The document boundary check: JSON from a file, the API or an importer becomes a schema-valid
 * ProseMirror node, or a CoreError('INVALID_DOCUMENT') with an Indonesian message.
 */
import type { Node } from 'prosemirror-model';
import { CoreError } from '../core-error';
import { perdaSchema } from './schema';
import { newUid } from './uid';

/** Parse and check ProseMirror JSON against the Perda schema. */
export function parseDocJson(json: unknown): Node {
  let doc: Node;
  try {
    doc = perdaSchema.nodeFromJSON(json);
    doc.check();
  } catch (e) {
    throw new CoreError(
      'INVALID_DOCUMENT',
      `Dokumen tidak sesuai dengan struktur Perda: ${(e as Error).message}`,
    );
  }
  checkUniqueUids(doc);
  return doc;
}

/** Throw INVALID_DOCUMENT when two units of `doc` carry the same uid. */
export function checkUniqueUids(doc: Node): void {
  const seen = new Set<string>();
  let duplicate: string | null = null;
  doc.descendants((node) => {
    const uid = node.attrs.uid as unknown;
    if (typeof uid === 'string' && uid !== '') {
      if (seen.has(uid)) duplicate = uid;
      seen.add(uid);
    }
    return true;
  });
  if (duplicate) {
    throw new CoreError('INVALID_DOCUMENT', `Dokumen memuat id unit ganda: ${duplicate}`);
  }
}

/** Give every node that has a `uid` attribute but no value a fresh uid (returns a new doc). */
export function ensureUids(doc: Node): Node {
  let missing = false;
  doc.descendants((node) => {
    if ('uid' in node.attrs && !node.attrs.uid) missing = true;
    return !missing;
  });
  if (!missing) return doc;
  const json = doc.toJSON() as { attrs?: Record<string, unknown>; content?: unknown[] };
  const fill = (n: { attrs?: Record<string, unknown>; content?: unknown[]; type?: string }) => {
    const spec = n.type ? perdaSchema.nodes[n.type]?.spec : undefined;
    if (spec?.attrs && 'uid' in spec.attrs) {
      n.attrs = { ...(n.attrs ?? {}) };
      if (!n.attrs.uid) n.attrs.uid = newUid();
    }
    for (const c of n.content ?? []) fill(c as typeof n);
  };
  fill(json as Parameters<typeof fill>[0]);
  return perdaSchema.nodeFromJSON(json);
}
