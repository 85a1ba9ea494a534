/**
 * Stored documents as ProseMirror nodes that share their unchanged nodes (`storedDoc`): the base
 * loaded again is the same node, and a draft saved after one Pasal was edited shares every other
 * Pasal with the draft before it, so a comparison run again through the API redoes only that
 * Pasal. The real Surabaya 2018 text is the draft.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { afterEach, describe, expect, it } from 'vitest';
import { docToJson } from '../../../src/api/doc-input';
import { storedDoc } from '../../../src/api/stored-docs';
import { extractUnits } from '../../../src/diff/extract';
import { parseDocJson } from '../../../src/model/validate';
import { parseText } from '../../../src/parse';
import { ProjectStore } from '../../../src/store/index';
import { corpusDir } from '../../helpers/paths';
import { makeTmpDir, type TmpDir } from '../../helpers/tmp-dir';
import { changeOnePasal } from './generated-perda';
import { TEST_SETTINGS } from './store-fixture';

type J = { type: string; attrs?: Record<string, unknown>; content?: J[]; text?: string };

const text = (f: string) => fs.readFileSync(path.join(corpusDir, f), 'utf8');
const OLD = docToJson(parseText(text('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt')).doc);
const NEW = docToJson(parseText(text('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt')).doc);

/** The Pasal nodes of a document, in order. */
function pasalNodes(doc: Node): Node[] {
  const out: Node[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'pasal') out.push(n);
    return n.type.name !== 'pasal';
  });
  return out;
}

describe('stored documents share their unchanged nodes', () => {
  let dir: TmpDir;
  let store: ProjectStore;
  afterEach(() => {
    store?.close();
    dir?.cleanup();
  });
  const open = (draft: unknown = NEW) => {
    dir = makeTmpDir('stored-docs');
    store = ProjectStore.create(path.join(dir.path, 'p.rancang'), { settings: TEST_SETTINGS, doc: draft as never, actor: 'Penguji', appVersion: 'test' });
    return store;
  };

  it('reads the document stored, node for node', () => {
    const s = open();
    s.setBase(OLD, 'lama.txt', 'Penguji');
    expect(storedDoc(s, s.draftRoot()).eq(parseDocJson(s.getDraft().doc))).toBe(true);
    expect(storedDoc(s, s.baseRoot() as string).eq(parseDocJson(s.getBase().doc))).toBe(true);
  });

  it('the base loaded again is the same node, with the same extracted units', () => {
    const s = open();
    s.setBase(OLD, 'lama.txt', 'Penguji');
    const a = storedDoc(s, s.baseRoot() as string);
    expect(storedDoc(s, s.baseRoot() as string)).toBe(a);
    expect(extractUnits(storedDoc(s, s.baseRoot() as string))).toBe(extractUnits(a));
  });

  it('a draft saved after one Pasal was edited shares every other Pasal with the draft before it', () => {
    const s = open();
    const before = pasalNodes(storedDoc(s, s.draftRoot()));
    expect(before).toHaveLength(41);
    s.saveDraft(changeOnePasal(NEW, 9, 'diubah'), undefined, 'Penguji');
    const after = pasalNodes(storedDoc(s, s.draftRoot()));
    expect(after).toHaveLength(41);
    const same = after.map((p, i) => p === before[i]);
    expect(same.filter((x) => !x)).toHaveLength(1);
    expect(same[9]).toBe(false);
    expect(after[9]?.textContent).toContain(' diubah');
    expect(before[9]?.textContent).not.toContain(' diubah');
  });

  it('a stored document that breaks the schema, or repeats a uid, is refused as INVALID_DOCUMENT', () => {
    const s = open();
    const bad = structuredClone(NEW) as J;
    const body = bad.content?.find((n) => n.type === 'batangTubuh') as J;
    const firstBab = body.content?.[0] as J;
    const pasal = firstBab.content?.find((n) => n.type === 'pasal') as J;
    pasal.content = [{ type: 'bab', attrs: { uid: 'x1' }, content: [] }];
    s.saveDraft(bad as never, undefined, 'Penguji');
    expect(() => storedDoc(s, s.draftRoot())).toThrow(expect.objectContaining({ code: 'INVALID_DOCUMENT' }));
    const twice = structuredClone(NEW) as J;
    const pasals: J[] = [];
    const walk = (n: J) => (n.type === 'pasal' ? pasals.push(n) : (n.content ?? []).forEach(walk));
    walk(twice);
    (pasals[1] as J).attrs = { ...(pasals[1] as J).attrs, uid: (pasals[0] as J).attrs?.uid };
    s.saveDraft(twice as never, undefined, 'Penguji');
    expect(() => storedDoc(s, s.draftRoot())).toThrow(/id unit ganda/);
  });
});
