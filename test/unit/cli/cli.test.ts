import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectInfo, VersionInfo } from '../../../src/api/contract';
import { exitCodeFor, runCli } from '../../../src/cli/main';
import { CoreError } from '../../../src/core-error';
import { captureIo } from '../../helpers/cli-io';
import { rawRequest } from '../../helpers/http-request';
import { repoRoot } from '../../helpers/paths';
import { makeStaticDir, makeTmpDir, type TmpDir } from '../../helpers/tmp-dir';

const execFileP = promisify(execFile);
const TITLE = 'Penyelenggaraan Perparkiran';

let tmp: TmpDir;
let env: Record<string, string>;
let file: string;

beforeEach(() => {
  tmp = makeTmpDir('cli');
  env = { RANCANG_USER_DATA: path.join(tmp.path, 'user-data') };
  file = path.join(tmp.path, 'parkir.rancang');
});
afterEach(() => tmp.cleanup());

async function run(...argv: string[]) {
  const c = captureIo(env);
  const code = await runCli(argv, c.io);
  return { code, out: c.stdout(), err: c.stderr() };
}

describe('rancang (in-process)', () => {
  it('creates a project, shows its info, saves and lists versions', async () => {
    const created = await run('new', file, '--title', TITLE, '--mode', 'perubahan');
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toContain(`Judul         : ${TITLE}`);
    expect(fs.existsSync(file)).toBe(true);

    const info = await run('info', file, '--json');
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.out) as ProjectInfo;
    expect(parsed).toMatchObject({ path: file, title: TITLE, mode: 'perubahan', versions: 0 });
    expect(parsed.counts.pasal).toBeGreaterThanOrEqual(1);
    expect(parsed.counts.bab).toBeGreaterThanOrEqual(0);

    const saved = await run(
      'version',
      'save',
      file,
      '--label',
      'Naskah awal',
      '--stage',
      'Naskah awal',
      '--author',
      'Siti',
    );
    expect(saved.code).toBe(0);
    expect(saved.out).toBe('Versi 1 disimpan: Naskah awal (Naskah awal).\n');
    expect((await run('version', 'save', file, '-l', 'Hasil rapat', '--json')).code).toBe(0);

    const list = await run('version', 'list', file, '--json');
    expect(list.code).toBe(0);
    const versions = JSON.parse(list.out) as VersionInfo[];
    expect(versions.map((v) => [v.label, v.stage, v.author])).toEqual([
      ['Naskah awal', 'Naskah awal', 'Siti'],
      ['Hasil rapat', '', expect.any(String)],
    ]);
    const human = await run('version', 'list', file);
    expect(human.out.split('\n')[0]).toMatch(/^No\.\s+Waktu \(UTC\)\s+Tahap\s+Label\s+Penyusun$/);
    expect(human.out).toContain('Hasil rapat');
    expect(JSON.parse((await run('info', file, '--json')).out).versions).toBe(2);
  });

  it('exits 1 with an Indonesian message for a missing file', async () => {
    const res = await run('info', path.join(tmp.path, 'tidak-ada.rancang'));
    expect(res.code).toBe(1);
    expect(res.out).toBe('');
    expect(res.err).toMatch(/^Galat: Berkas tidak ditemukan: /);
  });

  it('exits 1 for bad arguments, unknown options and commands', async () => {
    const cases: [string[], RegExp][] = [
      [['new', file], /--title wajib diisi/],
      [['new', file, '--title', 'X', '--mode', 'campuran'], /Mode tidak dikenal: campuran/],
      [['info'], /Argumen kurang/],
      [['info', file, 'lagi'], /Argumen berlebih: lagi/],
      [['info', file, '--bogus'], /Opsi tidak dikenal: --bogus/],
      [['version', 'save', file], /--label wajib diisi/],
      [['version'], /Perintah tidak lengkap: version/],
      [['terbangkan'], /Perintah tidak dikenal: terbangkan/],
      [['serve', '--port', 'delapan'], /Nomor port tidak sah/],
      [[], /Penggunaan: rancang PERINTAH/],
    ];
    for (const [argv, message] of cases) {
      const res = await run(...argv);
      expect(res.code, argv.join(' ')).toBe(1);
      expect(res.err, argv.join(' ')).toMatch(message);
    }
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses to overwrite an existing project (exit 1)', async () => {
    expect((await run('new', file, '--title', TITLE)).code).toBe(0);
    const again = await run('new', file, '--title', 'Lain');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^Galat: /);
    expect(JSON.parse((await run('info', file, '--json')).out).title).toBe(TITLE);
  });

  it('maps failures to exit codes: user errors 1, internal errors 2', () => {
    expect(exitCodeFor(new CoreError('NOT_FOUND', 'x'))).toBe(1);
    expect(exitCodeFor(new CoreError('INTERNAL', 'x'))).toBe(2);
    expect(exitCodeFor(new TypeError('x'))).toBe(2);
  });

  it('prints help and version', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const name of ['new', 'info', 'version save', 'version list', 'serve'])
      expect(help.out).toContain(`  ${name} `);
    const cmdHelp = await run('version', 'save', '--help');
    expect(cmdHelp.out).toContain('Penggunaan: rancang version save BERKAS --label');
    expect((await run('help', 'info')).out).toContain('Penggunaan: rancang info BERKAS');
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect((await run('--version')).out).toBe(`${pkg.version}\n`);
  });

  it('serves a project over HTTP until stopped, then closes cleanly', async () => {
    expect((await run('new', file, '--title', TITLE)).code).toBe(0);
    const staticDir = makeStaticDir();
    try {
      const c = captureIo(env);
      const done = runCli(
        ['serve', file, '--port', '0', '--static-dir', staticDir.path, '--json'],
        c.io,
      );
      const started = JSON.parse(await c.firstLine()) as {
        url: string;
        port: number;
        token: string;
        project: string;
      };
      expect(started.url).toBe(`http://127.0.0.1:${started.port}/?token=${started.token}`);
      expect(started.project).toBe(file);
      const res = await rawRequest(started.port, {
        method: 'POST',
        path: '/api/project.info',
        headers: { 'content-type': 'application/json', 'x-rancang-token': started.token },
        body: '{}',
      });
      expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { title: TITLE, path: file } });
      c.stop();
      expect(await done).toBe(0);
      await expect(rawRequest(started.port, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      staticDir.cleanup();
    }
  });

  it('serve refuses to start without a built renderer (exit 1)', async () => {
    const res = await run('serve', '--static-dir', path.join(tmp.path, 'kosong'));
    expect(res.code).toBe(1);
    expect(res.err).toContain('Renderer belum dibangun');
  });
});

describe('bin/rancang.mjs (child process)', () => {
  const bin = path.join(repoRoot, 'bin/rancang.mjs');
  const node = (...args: string[]) =>
    execFileP(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, ...env } });

  it('runs new and info --json through tsx without a build', async () => {
    await node('new', file, '--title', TITLE);
    const { stdout, stderr } = await node('info', file, '--json');
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toMatchObject({ title: TITLE, mode: 'penggantian', versions: 0 });
  });

  it('exits 1 for a missing file', async () => {
    const err = await node('info', path.join(tmp.path, 'tidak-ada.rancang'), '--json').catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 1, stdout: '' });
    expect((err as { stderr: string }).stderr).toContain('Berkas tidak ditemukan');
  });

  it('serve stops cleanly on SIGTERM with exit code 0', async () => {
    const staticDir = makeStaticDir();
    let child: ReturnType<typeof spawn> | undefined;
    try {
      child = spawn(process.execPath, [bin, 'serve', '--static-dir', staticDir.path, '--json'], {
        cwd: repoRoot,
        env: { ...process.env, ...env },
      });
      const proc = child;
      let stdout = '';
      const exited = new Promise<number | null>((resolve) =>
        proc.on('exit', (code) => resolve(code)),
      );
      const started = await new Promise<{ port: number; token: string }>((resolve, reject) => {
        proc.stdout!.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('\n')) resolve(JSON.parse(stdout.split('\n')[0]!));
        });
        proc.on('exit', () => reject(new Error(`serve berhenti sebelum mulai: ${stdout}`)));
      });
      const res = await rawRequest(started.port, {
        method: 'POST',
        path: '/api/project.info',
        headers: { 'content-type': 'application/json', 'x-rancang-token': started.token },
        body: '{}',
      });
      expect(JSON.parse(res.body)).toMatchObject({
        ok: true,
        value: { title: expect.stringMatching(/^Contoh nyata/) },
      });
      proc.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child && child.exitCode === null) child.kill('SIGKILL');
      staticDir.cleanup();
    }
  });
});
