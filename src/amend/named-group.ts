/**
 * The BAB, Bagian or Paragraf an amending instrument's item names ("Bagian Kedua BAB IV", "Bagian
 * Pertama Pengangkatan"), found in the base text: for an item that changes its title or deletes it.
 */
import type { NodeJson } from '../model/doc-json';
import type { Instruction } from './instruction';
import { canonicalNum, findAll, findUnit, unique, unitLabel as label } from './json-tree';

/**
 * The innermost BAB, Bagian or Paragraf level an instruction names, inside the single unit of
 * each outer level it names ("Bagian Kedua BAB IV": the Bagian numbered Kedua inside BAB IV), or
 * why it cannot be found.
 */
export function innermostGroup(body: NodeJson, ins: Instruction): { container: NodeJson; within: string; type: string; nums: string[] } | string {
  const { bab, bagian, paragraf } = ins.place;
  const levels = ([['bab', bab], ['bagian', bagian], ['paragraf', paragraf]] as Array<[string, string[]]>).filter((l) => l[1].length > 0);
  const innermost = levels.pop();
  if (!innermost) return 'Butir tidak menyebut BAB, Bagian, atau Paragraf.';
  let container = body;
  let within = '';
  for (const [type, nums] of levels) {
    const n = unique(nums);
    if (n.length !== 1) return `Butir menyebut lebih dari satu ${label(type, '').trim()} sebagai tempat unit yang dimaksud.`;
    const loc = findUnit(container, type, n[0] as string);
    if (!loc) return `${within}${label(type, n[0] as string)} tidak ada dalam naskah dasar.`;
    container = loc.node;
    within += `${label(type, n[0] as string)} `;
  }
  const [type, nums] = innermost;
  // "Bagian Kedua" with no BAB named, where several BAB have one: which is meant is unsaid, unless
  // the item names its title too ("Bagian Pertama Pengangkatan").
  for (const n of unique(nums)) {
    const want = canonicalNum(type, n);
    const found = findAll(container, type).filter((l) => canonicalNum(type, l.node.attrs?.baseNum) === want);
    if (found.length < 2) continue;
    const titled = found.filter((l) => namesTitle(ins.text, type, n, l.node));
    if (titled.length !== 1 || unique(nums).length !== 1)
      return `Naskah dasar memuat lebih dari satu ${label(type, n)}; butir tidak menyebut ${type === 'paragraf' ? 'Bagian atau BAB' : 'BAB'} tempatnya.`;
    container = titled[0]?.parent ?? container;
  }
  return { container, within, type, nums: unique(nums) };
}

/** The item names the group `node` by its number `n` and its title ("Ketentuan Bagian Pertama Pengangkatan diubah …"). */
function namesTitle(text: string, type: string, n: string, node: NodeJson): boolean {
  const heading = (node.content ?? []).find((c) => c.type === 'heading');
  const title = squeezed(textOf(heading));
  const m = new RegExp(`\\b${type}\\s+${n.replace(/\s+/g, '\\s+')}\\s+(.+?)\\s+(?:diubah|dirubah|disempurnakan|diganti)\\b`, 'i').exec(text);
  return title !== '' && m !== null && squeezed(m[1] as string) === title;
}

/** The text of a heading (or other textblock) node. */
export function textOf(node: NodeJson | undefined): string {
  return (node?.content ?? []).map((c) => c.text ?? '').join('');
}

/** `text` with its spacing closed up and in lower case, for comparing titles. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
