/**
 * Documents crossing the API boundary: schema-checked (INVALID_DOCUMENT otherwise) and normalised
 * to ProseMirror's JSON (defaults filled in), so equal documents hash equally in the store.
 */
import type { Node } from 'prosemirror-model';
import { parseDocJson } from '../model/validate';
import type { DocJson } from './contract';

/** Check a document and return its normalised JSON. */
export function normalizeDoc(json: unknown): DocJson {
  return parseDocJson(json).toJSON() as DocJson;
}

/** The JSON of a checked ProseMirror node. */
export function docToJson(doc: Node): DocJson {
  return doc.toJSON() as DocJson;
}
