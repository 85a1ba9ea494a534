/**
 * `rancang outline` in-process: on every corpus text `--json` prints exactly the committed golden
 * outline of the importer (test/fixtures/parse/golden); on a project file it prints the outline
 * of the draft, of `@base` and of `@<version label>`; the human form names BAB and Pasal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import type { Outline } from '../../../src/parse/index';
import { captureIo } from '../../helpers/cli-io';
import { corpusDir, fixturesDir } from '../../helpers/paths';
import { makeTmpDir, type TmpDir } from '../../helpers/tmp-dir';

const CORPUS = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const OLD = path.join(corpusDir, 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt');
const NEW = path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');

let tmp: TmpDir;
let env: Record<string, string>;

async function run(...argv: string[]) {
  const c = captureIo(env);
  const code = await runCli(argv, c.io);
  return { code, out: c.stdout(), err: c.stderr() };
}

/** The golden outline (diagnostics compared by line and code, as the golden test does). */
const comparable = (o: Outline) => ({ ...o, diagnostics: o.diagnostics.map((d) => `${d.line ?? '-'}:${d.code ?? ''}`) });

beforeAll(() => {
  tmp = makeTmpDir('cli-outline');
  env = { RANCANG_USER_DATA: path.join(tmp.path, 'user-data') };
});
afterAll(() => tmp.cleanup());

describe('rancang outline --json on the corpus', () => {
  it('covers all six corpus texts', () => {
    expect(CORPUS).toHaveLength(6);
  });

  for (const file of CORPUS) {
    it(file, async () => {
      const r = await run('outline', path.join(corpusDir, file), '--json');
      expect(r.code).toBe(0);
      const got = JSON.parse(r.out) as Outline;
      const golden = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'parse/golden', file.replace(/\.txt$/, '.outline.json')), 'utf8')) as Outline;
      expect(Object.keys(got)).toEqual(Object.keys(golden));
      expect(comparable(got)).toEqual(comparable(golden));
      expect(got.diagnostics.every((d) => typeof d.message === 'string' && d.message.length > 0)).toBe(true);
    }, 60_000);
  }
});

describe('rancang outline on a project', () => {
  const project = () => path.join(tmp.path, 'parkir.rancang');

  beforeAll(async () => {
    expect((await run('import', OLD, '--into', project(), '--as', 'base')).code).toBe(0);
    expect((await run('version', 'save', project(), '--label', 'Naskah awal')).code).toBe(0);
    expect((await run('import', NEW, '--into', project(), '--as', 'draft')).code).toBe(0);
  }, 180_000);

  it('prints the draft, @base and @<version label> (no import diagnostics)', async () => {
    const draft = JSON.parse((await run('outline', project(), '--json')).out) as Outline;
    expect(draft.pasal).toHaveLength(41);
    expect(draft.diagnostics).toEqual([]);
    const base = JSON.parse((await run('outline', `${project()}@base`, '--json')).out) as Outline;
    expect(base.pasal).toHaveLength(44);
    expect(base.title).toMatch(/Nomor 1 Tahun 2009/);
    const version = JSON.parse((await run('outline', `${project()}@Naskah awal`, '--json')).out) as Outline;
    expect(version).toEqual(base);
  });

  it('prints a readable table without --json', async () => {
    const r = await run('outline', NEW);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Peraturan Daerah Kota Surabaya Nomor 3 Tahun 2018');
    expect(r.out).toMatch(/17 BAB, 7 Bagian, 0 Paragraf, 41 Pasal/);
    expect(r.out).toMatch(/^XVII\s+KETENTUAN PENUTUP$/m);
  });

  it('refuses a missing file and a selector on a text file', async () => {
    const missing = await run('outline', path.join(tmp.path, 'tidak-ada.pdf'));
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/tidak ditemukan/);
    const sel = await run('outline', `${NEW}@base`);
    expect(sel.code).not.toBe(0);
    expect(sel.err).toMatch(/hanya berlaku untuk berkas proyek/);
  });
});
