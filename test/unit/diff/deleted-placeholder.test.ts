/**
 * "Dihapus." placeholders (perubahan mode) compare as what they print: a Pasal whose ayat became
 * "Dihapus." is changed, not unchanged, even though the ayat keeps its old text inside; the ayat
 * itself, and a Pasal that became "Dihapus.", read as deleted.
 */
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { buildPerda, freezeAsBase } from '../../../src/model/doc-builders';
import { perdaSchema } from '../../../src/model/schema';

/** Mark the unit with `uid` deleted (a copy of the document). */
function markDeleted(doc: Node, uid: string): Node {
  const json = doc.toJSON() as { content?: unknown[] };
  const walk = (n: { attrs?: Record<string, unknown>; content?: unknown[] }) => {
    if (n.attrs?.uid === uid) n.attrs = { ...n.attrs, deleted: true };
    for (const c of n.content ?? []) walk(c as typeof n);
  };
  walk(json);
  return perdaSchema.nodeFromJSON(json);
}

const uidOf = (doc: Node, type: string, index: number): string => {
  const found: string[] = [];
  doc.descendants((n) => {
    if (n.type.name === type) found.push(String(n.attrs.uid));
    return true;
  });
  return found[index]!;
};

describe('compareDocs on perubahan drafts with Dihapus placeholders', () => {
  const base = freezeAsBase(
    buildPerda({
      mode: 'perubahan',
      babs: [
        {
          title: 'KETENTUAN UMUM',
          pasal: [
            { ayat: ['Setiap orang wajib mencegah penyalahgunaan narkotika.', 'Pencegahan dilakukan oleh keluarga.'] },
            'Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.',
          ],
        },
      ],
    }),
  );

  it('an ayat turned into "Dihapus." makes its Pasal changed and reads as deleted itself', () => {
    const draft = markDeleted(base, uidOf(base, 'ayat', 1));
    const c = compareDocs(base, draft);
    expect(c.pasal.map((r) => r.status)).toEqual(['changed', 'unchanged']);
    expect(c.pasal[0]!.parts.map((p) => p.status)).toEqual(['unchanged', 'deleted']);
  });

  it('a Pasal turned into "Dihapus." is reported as deleted, under the number it keeps', () => {
    const draft = markDeleted(base, uidOf(base, 'pasal', 0));
    const c = compareDocs(base, draft);
    expect(c.pasal[0]!.status).toBe('deleted');
    expect(c.pasal[0]!.new?.label).toBe('Pasal 1');
    expect(c.pasal[1]!.status).toBe('unchanged');
  });
});
