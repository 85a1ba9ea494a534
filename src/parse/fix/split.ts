/**
 * Split a unit at one of its child blocks (the importer missed a Pasal, ayat or item heading):
 * the blocks from `at` on become a new unit of the same kind right after it, with a fresh uid
 * and no base number. A Pasal with ayat splits between ayat. Pure function.
 */
import type { Node } from 'prosemirror-model';
import { finish, KIND_NAMES, locate, newUnit, refuse, toJson, type FixResult } from './tree';

const SPLITTABLE = new Set(['pasal', 'ayat', 'item']);

/** Split the unit `uid` before its child block number `at` (1 or more). */
export function splitUnit(doc: Node, uid: string, at: number): FixResult {
  const root = toJson(doc);
  const hit = locate(root, uid);
  if (!hit) return refuse('Unit tidak ditemukan.');
  const { node, parent, index } = hit;
  const name = KIND_NAMES[node.type] ?? node.type;
  if (!SPLITTABLE.has(node.type)) return refuse(`${name} tidak dapat dipecah; pecah Pasal, ayat, atau butirnya.`);
  const kids = node.content ?? [];
  if (at < 1 || at >= kids.length) return refuse(`Pilih paragraf kedua atau sesudahnya di dalam ${name} sebagai awal ${name} baru.`);
  const tail = kids.slice(at);
  if (tail[0]?.type !== 'para' && tail[0]?.type !== 'ayat') return refuse(`${name} baru harus diawali paragraf teks, bukan daftar.`);
  node.content = kids.slice(0, at);
  parent.content!.splice(index + 1, 0, newUnit(node.type, tail));
  return finish(root, `Memecah ${name}`);
}
