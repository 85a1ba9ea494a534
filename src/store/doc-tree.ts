/**
 * A document as a Merkle tree of blobs. Containers (the document, Batang Tubuh, BAB, Bagian,
 * Paragraf, Penjelasan and its pasal-demi-pasal list) are `node` blobs holding their children as
 * hashes; every other child of a container (judul, pembukaan, heading, Pasal, penutup, Penjelasan
 * umum and entries, lampiran) is one `leaf` blob of its JSON. Two versions that differ in one
 * Pasal share every blob except that Pasal and the few nodes and chunks above it.
 *
 * Blobs hash the JSON text as given: callers pass documents normalised by ProseMirror's
 * `toJSON` (the API does, see api/doc-input.ts), whose key order is fixed, so equal documents
 * give equal hashes. (A key-sorting canonicaliser cost ~100 ms per 1,000-Pasal save.)
 */
import type { BlobStore } from './blob-store';
import { missingBlob } from './blob-store';
import { readHashList, writeHashList, type HashList } from './chunked-list';

/** ProseMirror JSON of one node, as far as the tree needs to know it. */
export interface NodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJson[];
  [key: string]: unknown;
}

/** Node types stored as containers of separately hashed children. */
export const CONTAINER_TYPES: ReadonlySet<string> = new Set([
  'doc',
  'batangTubuh',
  'bab',
  'bagian',
  'paragraf',
  'penjelasan',
  'penjelasanPasalDemiPasal',
]);

/** What a `node` blob holds: type, attrs and the (chunked) child list. */
interface ContainerBlob extends HashList {
  t: string;
  a?: Record<string, unknown>;
}

/** Store a node (only blobs not stored yet are written) and return its hash. */
export function writeTree(blobs: BlobStore, node: NodeJson): string {
  if (!CONTAINER_TYPES.has(node.type)) return blobs.put('leaf', JSON.stringify(node));
  const kids = (node.content ?? []).map((c) => writeTree(blobs, c));
  const list = writeHashList(blobs, kids);
  const blob: ContainerBlob = { t: node.type, a: node.attrs, d: list.d, h: list.h };
  return blobs.put('node', JSON.stringify(blob));
}

/** Load the node stored under `hash`. */
export function readTree(blobs: BlobStore, hash: string): NodeJson {
  const { kind, value } = blobs.get(hash);
  if (kind === 'leaf') return value as NodeJson;
  if (kind !== 'node') throw missingBlob(hash);
  const blob = value as ContainerBlob;
  const out: NodeJson = { type: blob.t };
  if (blob.a !== undefined) out.attrs = blob.a;
  const kids = readHashList(blobs, blob);
  if (kids.length > 0) out.content = kids.map((h) => readTree(blobs, h));
  return out;
}

/** How `readTreeShared` makes one node: from a leaf's JSON, or from a container's type, attrs and built children. */
export interface TreeBuilder<T> {
  leaf(json: NodeJson): T;
  container(type: string, attrs: Record<string, unknown> | undefined, children: T[]): T;
}

/**
 * The node stored under `hash`, made by `builder`. A node made before under the same hash is
 * taken from `built` (and each new one added to it), so documents that share blobs (the base
 * loaded again, a draft saved after one keystroke) share every unchanged node.
 */
export function readTreeShared<T>(blobs: BlobStore, hash: string, builder: TreeBuilder<T>, built: Map<string, T>): T {
  const hit = built.get(hash);
  if (hit !== undefined) return hit;
  const { kind, value } = blobs.get(hash);
  let out: T;
  if (kind === 'leaf') out = builder.leaf(value as NodeJson);
  else if (kind === 'node') {
    const blob = value as ContainerBlob;
    out = builder.container(blob.t, blob.a, readHashList(blobs, blob).map((h) => readTreeShared(blobs, h, builder, built)));
  } else throw missingBlob(hash);
  built.set(hash, out);
  return out;
}

/** The hashes a stored blob refers to (children or chunks); none for a leaf. */
export function blobReferences(kind: string, value: unknown): string[] {
  if (kind === 'leaf') return [];
  return (value as HashList).h;
}
