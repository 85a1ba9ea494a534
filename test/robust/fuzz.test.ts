/**
 * Bad input everywhere (issue part 3, API): every method of the contract is called with
 * arguments of the wrong type, unknown fields, huge strings, deep nesting and
 * prototype-pollution keys, plus arguments that pass the schema but name things that do not
 * exist. Each call must come back as a typed error (never INTERNAL, never a throw), the open
 * project must stay open, its content hash must not change and no prototype may be polluted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argSchemas } from '../../src/api/contract';
import {
  call,
  closeContext,
  createContext,
  dispatch,
  type ApiContext,
} from '../../src/api/dispatch';
import { corpusDir } from '../helpers/paths';
import { makeTmpDir, type TmpDir } from '../helpers/tmp-dir';
import { generatePerda } from '../unit/store/generated-perda';
import { contentHash } from './helpers/content-hash';

const METHODS = Object.keys(argSchemas) as Array<keyof typeof argSchemas>;

/** An object nested `depth` levels deep (built without recursion). */
function deepObject(depth: number): unknown {
  let v: unknown = { type: 'doc' };
  for (let i = 0; i < depth; i++) v = { type: 'doc', content: [v] };
  return v;
}

/** An array nested `depth` levels deep. */
function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const HUGE = 'ꦲ'.repeat(3_000_000);
const POLLUTERS = [
  '{"__proto__": {"polluted": "ya"}}',
  '{"constructor": {"prototype": {"polluted": "ya"}}}',
  '{"__proto__": {"toString": "bukan fungsi"}, "prototype": {"polluted": "ya"}}',
];
const pollute = () => POLLUTERS.map((j) => JSON.parse(j) as unknown);

/** Values of the wrong type (or size) for any one field. */
const BAD_VALUES = (): unknown[] => [
  12345,
  -1,
  1.5,
  2 ** 60,
  Number.NaN,
  true,
  null,
  'teks',
  '',
  HUGE,
  [],
  [1, 'dua'],
  {},
  { type: 'doc', content: 'x' },
  deepObject(20_000),
  deepArray(20_000),
  ...pollute(),
];

/** Whole-argument values that are not an object of the method's shape. */
const BAD_ARGS = (): unknown[] => [
  42,
  'teks',
  true,
  [],
  [{}],
  HUGE,
  deepArray(20_000),
  deepObject(20_000),
  { zzzTakDikenal: 1 },
  { ['__proto__']: 1 },
  ...pollute(),
];

/** Invalid arguments for `method` according to its own schema. */
function invalidArgsFor(method: (typeof METHODS)[number]): unknown[] {
  const schema = argSchemas[method] as unknown as {
    shape?: Record<string, unknown>;
    safeParse(v: unknown): { success: boolean };
  };
  const out: unknown[] = [...BAD_ARGS()];
  for (const key of Object.keys(schema.shape ?? {})) {
    for (const v of BAD_VALUES()) out.push({ [key]: v });
    out.push({ [key]: 'x', zzzTakDikenal: true });
  }
  return out.filter((a) => {
    try {
      return !schema.safeParse(a).success;
    } catch {
      return true; // the schema itself choked: dispatch must still answer with a typed error
    }
  });
}

let dir: TmpDir;
let ctx: ApiContext;
let file: string;
let threadId: string;

beforeAll(async () => {
  dir = makeTmpDir('fuzz');
  ctx = createContext({
    userDataDir: path.join(dir.path, 'user'),
    author: 'Penguji',
    appVersion: 'test',
  });
  file = (
    await call(ctx, 'project.create', {
      path: path.join(dir.path, 'fuzz.rancang'),
      title: 'Uji masukan buruk',
    })
  ).path;
  await call(ctx, 'draft.save', { doc: generatePerda(6) });
  await call(ctx, 'version.save', { label: 'Naskah awal' });
  threadId = (await call(ctx, 'thread.add', { unit: 'Pasal 2', body: 'Komentar.' })).id;
  await call(ctx, 'backup.create', {});
  ctx.project!.gc(); // nothing left for a later close to collect
});
afterAll(() => {
  closeContext(ctx);
  dir.cleanup();
});

/** Call and check: typed error, project still open, nothing polluted. */
async function expectRefused(method: string, args: unknown): Promise<string> {
  const res = await dispatch(ctx, method, args);
  const label = `${method} ${safeLabel(args)}`;
  expect(res.ok, label).toBe(false);
  const code = res.ok ? '' : res.error.code;
  expect(code, `${label}: ${res.ok ? '' : res.error.message.slice(0, 300)}`).not.toBe('INTERNAL');
  expect(res.ok ? '' : res.error.message.length, label).toBeGreaterThan(0);
  expect(ctx.project?.path, label).toBe(file);
  expect(({} as Record<string, unknown>).polluted, label).toBeUndefined();
  expect(typeof ({} as { toString: unknown }).toString, label).toBe('function');
  return code;
}

function safeLabel(v: unknown): string {
  try {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? `${s.slice(0, 80)}…` : s;
  } catch {
    return '(nested)';
  }
}

describe('every API method with invalid arguments', () => {
  it('covers every method of the contract', () => {
    expect(METHODS.length).toBeGreaterThan(25);
    for (const m of METHODS) expect(invalidArgsFor(m).length, m).toBeGreaterThan(5);
  });

  for (const method of METHODS) {
    it(`${method}: INVALID_ARGS every time, content unchanged`, async () => {
      const before = contentHash(file);
      for (const args of invalidArgsFor(method))
        expect(await expectRefused(method, args)).toBe('INVALID_ARGS');
      expect(contentHash(file)).toBe(before);
    });
  }

  it('unknown and hostile method names are UNKNOWN_METHOD', async () => {
    for (const m of [
      '',
      'toString',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'draft.delete',
      'x'.repeat(100_000),
      '../draft.save',
    ]) {
      expect(await expectRefused(m, {})).toBe('UNKNOWN_METHOD');
    }
  });
});

describe('arguments that pass the schema but not the handler', () => {
  const cases = (): Array<[string, unknown]> => {
    const corpusText = fs.readdirSync(corpusDir).find((f) => f.endsWith('.txt'))!;
    return [
      ['draft.save', { doc: { type: 'doc', content: [{ type: 'pasal' }] } }],
      ['draft.save', { doc: { type: 'doc', content: [{ type: 'tidakAda', content: [] }] } }],
      ['draft.save', { doc: { type: 'doc', content: [{ type: 'text', text: 'lepas' }] } }],
      ['draft.save', { doc: deepObject(3_000) }],
      ['draft.save', { doc: deepObject(200_000) }],
      [
        'draft.save',
        { doc: { type: 'doc', ...(JSON.parse('{"__proto__": {"polluted": "ya"}}') as object) } },
      ],
      ['draft.save', { doc: generatePerda(2), revision: 999_999 }],
      ['base.set', { doc: { type: 'doc', content: [{ type: 'para' }] } }],
      ['version.get', { id: 999_999 }],
      ['version.restore', { id: 999_999 }],
      ['project.open', { path: path.join(dir.path, 'tidak-ada.rancang') }],
      ['project.open', { path: dir.path }],
      ['project.open', { path: path.join(corpusDir, corpusText) }],
      ['project.open', { path: 'nul\0byte.rancang' }],
      ['project.create', { path: file, title: 'Timpa' }],
      [
        'project.create',
        { path: path.join(dir.path, 'tidak', 'ada', 'folder.rancang'), title: 'Salah folder' },
      ],
      ['thread.get', { threadId: 'tidak-ada' }],
      ['thread.add', { unit: 'Pasal 999', body: 'Tidak ada pasalnya.' }],
      ['thread.add', { unit: 'Pasal 1', body: '   ' }],
      ['thread.reply', { threadId: 'tidak-ada', body: 'Balasan.' }],
      ['thread.setStatus', { threadId: 'tidak-ada', status: 'resolved' }],
      ['thread.edit', { threadId, commentId: 'tidak-ada', body: 'Ubah.' }],
      ['thread.decide', { threadId, accept: true }],
      ['thread.list', { versionId: 999_999 }],
      ['review.import', { path: path.join(corpusDir, corpusText) }],
      ['review.import', { path: file }],
      ['review.open', { path: file }],
      ['review.export', { out: file }],
      ['review.dim', { versionId: 999_999 }],
      ['backup.restore', { id: '../fuzz.rancang' }],
      ['backup.restore', { id: 'x'.repeat(200) }],
    ];
  };

  it('each returns a typed error and the content is unchanged', async () => {
    const before = contentHash(file);
    const codes: string[] = [];
    for (const [m, a] of cases()) {
      codes.push(`${m}:${await expectRefused(m, a)}`);
      expect(contentHash(file), `${m} ${safeLabel(a)}`).toBe(before);
    }
    expect(codes).toContain('version.get:NOT_FOUND');
    expect(codes).toContain('draft.save:CONFLICT');
    expect(codes).toContain('project.create:FILE_EXISTS');
    expect(codes).toContain('project.open:NOT_A_PROJECT');
  });
});
