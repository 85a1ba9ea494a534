/**
 * Comments on the base text (the old Perda) through the doors: `thread add --side lama` on a
 * Pasal the draft deleted, `thread list --json` with the side, the API's `side` argument, review
 * packages that carry base-side threads (format 2) and packages in format 1 (as older builds
 * write them) that still import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../src/api/dispatch';
import { encodePackage } from '../../src/review/package-format';
import { readPackageFile } from '../../src/review/review-package';
import { corpusDoc, removeUnit, uidAt } from '../unit/review/fixtures';
import { makeReviewProject, listThreadsJson, runReviewCli, type ReviewProject } from './review-harness';

const OLD_PHRASE = 'penggantian kerugian kehilangan atau kerusakan kendaraan';

interface Listed {
  id: string;
  side: 'draft' | 'base';
  unitLabel: string;
  pasal: string | null;
  quote: string | null;
  currentText: string | null;
  detached: boolean;
  jenis: string | null;
  body: string;
}

let p: ReviewProject;
beforeEach(async () => {
  p = await makeReviewProject();
});
afterEach(() => p.done());

const cli = (...argv: string[]) => runReviewCli(p.env, ...argv);
/** `rancang thread add FILE ...`. */
const addThread = (file: string, ...argv: string[]) => cli('thread', 'add', file, ...argv);

const list = (file: string) => listThreadsJson<Listed>(p.env, file);

/** Set the corpus Perda as base and delete its Pasal 9 from the draft (uids kept). */
async function withBaseAndDeletedPasal9(): Promise<void> {
  await p.withProject(async (ctx) => {
    const base = corpusDoc();
    await call(ctx, 'base.set', { doc: base, source: 'Perda Kota Surabaya Nomor 3 Tahun 2018' });
    const draft = await call(ctx, 'draft.get', {});
    await call(ctx, 'draft.save', {
      doc: removeUnit(corpusDoc(), uidAt(base, 'Pasal 9')),
      revision: draft.revision,
    });
  });
}

describe('comments on the old Perda (base side)', () => {
  it('the CLI comments on a Pasal only the base has; list shows the side and "(naskah lama)"; the draft\'s Pasal 9 is another unit', async () => {
    await withBaseAndDeletedPasal9();
    const r = await addThread(
      p.file,
      '--unit',
      'Pasal 9',
      '--side',
      'lama',
      '--quote',
      OLD_PHRASE,
      '--body',
      'Mengapa ketentuan ganti rugi dihapus?',
      '--author',
      'Siti',
      '--role',
      'Anggota DPRD',
      '--jenis',
      'substansi',
      '--json',
    );
    expect(r.err).toBe('');
    const added = JSON.parse(r.out) as Listed;
    expect(added).toMatchObject({
      side: 'base',
      unitLabel: 'Pasal 9 (naskah lama)',
      quote: OLD_PHRASE,
      currentText: OLD_PHRASE,
      jenis: 'substansi',
      detached: false,
    });
    const onDraft = await addThread(
      p.file,
      '--unit',
      'Pasal 9',
      '--body',
      'Pasal 9 baru.',
      '--author',
      'Joko',
    );
    expect(onDraft.code).toBe(0);
    const all = await list(p.file);
    expect(all.map((t) => [t.side, t.unitLabel, t.pasal, t.detached])).toEqual([
      ['draft', 'Pasal 9', 'Pasal 9', false],
      ['base', 'Pasal 9 (naskah lama)', 'Pasal 9 (naskah lama)', false],
    ]);
    // The draft's Pasal 9 (the old Pasal 10) does not contain the old phrase.
    const wrong = await addThread(
      p.file,
      '--unit',
      'Pasal 9',
      '--side',
      'baru',
      '--quote',
      OLD_PHRASE,
      '--body',
      'x',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('tidak ditemukan');
    const bad = await addThread(p.file, '--unit', 'Pasal 9', '--side', 'kiri', '--body', 'x');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--side');

    // The comment report and the DIM name the old Pasal.
    const report = await p.api('review.report', {});
    expect(report.rows.map((x) => x.section)).toEqual(['Pasal 9', 'Pasal 9 (naskah lama)']);
    const dim = await p.api('review.dim', {
      config: { columns: ['no', 'unit', 'rumusan', 'jenis'], headings: { jenis: 'Jenis' } },
    });
    expect(dim.rows.map((x) => [x.unitLabel, x.side, x.jenis])).toEqual([
      ['Pasal 9', 'draft', []],
      ['Pasal 9 (naskah lama)', 'base', ['substansi']],
    ]);
    expect(dim.rows[1]!.rumusan).toContain(OLD_PHRASE);
    expect(dim.csv.split('\r\n')[0]).toBe('\uFEFFNo,Pasal/Ayat,Rancangan Peraturan Daerah,Jenis');
  });

  it('without a base text the side is refused with a clear message and nothing is stored', async () => {
    const r = await addThread(p.file, '--unit', 'Pasal 9', '--side', 'base', '--body', 'x');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Naskah lama (naskah dasar) belum ditetapkan');
    expect(await list(p.file)).toEqual([]);
  });

  it('the API takes `side` with a unit or a ready anchor; a proposed wording on the base is refused', async () => {
    await withBaseAndDeletedPasal9();
    await p.withProject(async (ctx) => {
      const t = await call(ctx, 'thread.add', {
        unit: 'Pasal 9 ayat (2)',
        side: 'base',
        body: 'Tetap diperlukan.',
      });
      expect(t).toMatchObject({
        side: 'base',
        unitLabel: 'Pasal 9 ayat (2) (naskah lama)',
        pasalLabel: 'Pasal 9 (naskah lama)',
      });
      expect(t.anchor.side).toBe('base');
      const again = await call(ctx, 'thread.add', {
        anchor: t.anchor,
        body: 'Dengan anchor siap pakai.',
      });
      expect(again.side).toBe('base');
      await expect(
        call(ctx, 'thread.add', { unit: 'Pasal 9', side: 'base', body: 'x', suggestion: 'y' }),
      ).rejects.toMatchObject({ code: 'INVALID_ARGS' });
      const got = await call(ctx, 'thread.get', { threadId: t.id });
      expect(got).toMatchObject({ side: 'base', detached: false });
    });
  });

  it("packages: format 1 without base-side threads (older builds read it), format 2 with them; a reviewer's base-side thread returns and merges once", async () => {
    await withBaseAndDeletedPasal9();
    await addThread(p.file, '--unit', 'Pasal 2', '--body', 'Komentar biasa.', '--author', 'Rina');
    const pkg = path.join(p.tmp.path, 'siti.rancang-review');
    expect((await cli('review', 'export', p.file, '--out', pkg, '--reviewer', 'Siti')).code).toBe(
      0,
    );
    expect(fs.readFileSync(pkg).subarray(0, 17).toString('latin1')).toBe('RANCANG-REVIEW 1\n');
    expect(readPackageFile(pkg).format).toBe(1);

    // The reviewer comments on the old Pasal 9 inside the package: it becomes format 2.
    const added = await addThread(
      pkg,
      '--unit',
      'Pasal 9',
      '--side',
      'lama',
      '--quote',
      OLD_PHRASE,
      '--body',
      'Kembalikan ketentuan ini.',
      '--author',
      'Siti',
      '--json',
    );
    expect(added.err).toBe('');
    expect(JSON.parse(added.out)).toMatchObject({
      side: 'base',
      unitLabel: 'Pasal 9 (naskah lama)',
    });
    expect(fs.readFileSync(pkg).subarray(0, 17).toString('latin1')).toBe('RANCANG-REVIEW 2\n');
    expect((await list(pkg)).map((t) => t.unitLabel)).toEqual(['Pasal 2', 'Pasal 9 (naskah lama)']);

    for (let i = 0; i < 2; i++) expect((await cli('review', 'import', p.file, pkg)).code).toBe(0);
    const merged = await list(p.file);
    expect(merged.map((t) => [t.side, t.unitLabel, t.body])).toEqual([
      ['draft', 'Pasal 2', 'Komentar biasa.'],
      ['base', 'Pasal 9 (naskah lama)', 'Kembalikan ketentuan ini.'],
    ]);
    const exported = path.join(p.tmp.path, 'joko.rancang-review');
    await cli('review', 'export', p.file, '--out', exported);
    expect(readPackageFile(exported).format).toBe(2);
  });

  it('a format-1 package written as an older build writes it (no side, no jenis) still imports', async () => {
    const pkg = path.join(p.tmp.path, 'lama.rancang-review');
    await cli('review', 'export', p.file, '--out', pkg);
    const payload = readPackageFile(pkg);
    const doc = payload.version.doc;
    const pasal5 = uidAt(doc, 'Pasal 5');
    const event = {
      id: 'oldpkgthread01',
      threadId: 'oldpkgthread01',
      at: '2025-06-01T08:00:00.000Z',
      author: { name: 'Budi', role: 'Fraksi', fraksi: 'Fraksi PKB' },
      kind: 'thread.create',
      body: 'Dari paket versi lama.',
      anchor: {
        unitUid: pasal5,
        ancestors: [],
        label: 'Pasal 5',
        excerpt: 'Penyelenggaraan tempat parkir',
      },
    };
    const old = { ...payload, format: 1, events: [event] };
    fs.writeFileSync(
      pkg,
      encodePackage(
        {
          projectId: old.projectId,
          packageId: old.packageId,
          createdAt: old.createdAt,
          reviewer: old.reviewer,
        },
        old,
        1,
      ),
    );
    const r = await cli('review', 'import', p.file, pkg);
    expect(r.err).toBe('');
    expect(await list(p.file)).toEqual([
      expect.objectContaining({
        id: 'oldpkgthread01',
        side: 'draft',
        unitLabel: 'Pasal 5',
        jenis: null,
        detached: false,
      }),
    ]);
  });
});
