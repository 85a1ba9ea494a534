/**
 * The documents of an open project as ProseMirror nodes, built from the store's blobs with
 * structural sharing (`readTreeShared`): a blob made into a node once is never made again while
 * the project is open. So the base loaded for every comparison is the same node each time, and a
 * draft saved after one keystroke shares every Pasal but the edited one with the draft before it.
 * The comparison keeps its work per node (extracted units, tokens, numbering, keys), so comparing
 * again after an edit redoes only what the edit touched, as it does in the core. The comparison,
 * the instrument, the exports and the comment threads read the project's documents this way.
 *
 * Every node is checked against the schema when it is made (a leaf deeply, a container's own
 * content), and every document for duplicate uids once, as `parseDocJson` checks JSON.
 */
import type { Node } from 'prosemirror-model';
import { CoreError } from '../core-error';
import { perdaSchema } from '../model/schema';
import { checkUniqueUids } from '../model/validate';
import type { TreeBuilder } from '../store/doc-tree';
import type { ProjectStore } from '../store/index';
import type { VersionInfo } from './contract';

/**
 * Above this many nodes kept for one project, the kept nodes are let go (and made again as
 * needed). A stored node is a whole Pasal, heading or other part (or a container): a 1,000-Pasal
 * document is about 1,100 of them, and each autosave after an edit adds about four, so this keeps
 * a long day's saves (tens of MB at most) before one comparison reads everything again.
 */
const MAX_KEPT = 20_000;

/** Nodes made so far, by blob hash, per open project. */
const keptNodes = new WeakMap<ProjectStore, Map<string, Node>>();
/** Documents already checked for duplicate uids. */
const checkedDocs = new WeakSet<Node>();

/** Makes ProseMirror nodes of stored blobs, each checked against the schema. */
const PM_NODES: TreeBuilder<Node> = {
  leaf: (json) => {
    const node = perdaSchema.nodeFromJSON(json);
    node.check();
    return node;
  },
  container: (type, attrs, children) => perdaSchema.node(type, attrs ?? null, children),
};

/** The stored document under `root` as a node (INVALID_DOCUMENT when it breaks the schema or repeats a uid). */
export function storedDoc(store: ProjectStore, root: string): Node {
  let kept = keptNodes.get(store);
  if (!kept || kept.size > MAX_KEPT) {
    kept = new Map();
    keptNodes.set(store, kept);
  }
  let doc: Node;
  try {
    doc = store.buildDoc(root, PM_NODES, kept);
  } catch (e) {
    if (e instanceof CoreError) throw e;
    throw new CoreError('INVALID_DOCUMENT', `Dokumen tidak sesuai dengan struktur Perda: ${(e as Error).message}`);
  }
  if (!checkedDocs.has(doc)) {
    checkUniqueUids(doc);
    checkedDocs.add(doc);
  }
  return doc;
}

/** The project's base text (`storedDoc`), or null when none is set. */
export function storedBase(store: ProjectStore): Node | null {
  const root = store.baseRoot();
  return root === null ? null : storedDoc(store, root);
}

/** The working draft (`storedDoc`). */
export function storedDraft(store: ProjectStore): Node {
  return storedDoc(store, store.draftRoot());
}

/** A saved version with its document (`storedDoc`; NOT_FOUND when there is no such version). */
export function storedVersion(store: ProjectStore, id: number): { version: VersionInfo; doc: Node } {
  const version = store.versionInfo(id);
  return { version, doc: storedDoc(store, version.hash) };
}
