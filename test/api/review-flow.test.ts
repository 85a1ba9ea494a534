/**
 * The review flow end to end, as the checks describe it: comments that survive edits,
 * renumbering and versions; packages exchanged with two reviewers and merged in any order, twice;
 * suggestions accepted into the draft with the reviewer recorded in the audit log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../src/api/dispatch';
import { corpusDoc, insertPasalBefore, PHRASE, replaceText, uidAt } from '../unit/review/fixtures';
import { makeReviewProject, listThreadsJson, runReviewCli, type ReviewProject } from './review-harness';

interface ListedThread {
  id: string;
  unitLabel: string;
  pasal: string | null;
  quote: string | null;
  currentText: string | null;
  status: string;
  replies: number;
  detached: boolean;
  author: string;
  body: string;
}

let p: ReviewProject;
beforeEach(async () => {
  p = await makeReviewProject();
});
afterEach(() => p.done());

const cli = (...argv: string[]) => runReviewCli(p.env, ...argv);

const listThreads = (file: string, ...extra: string[]) => listThreadsJson<ListedThread>(p.env, file, ...extra);

describe('a thread on a phrase survives the drafter\'s edits', () => {
  it('stays on the phrase (now Pasal 14) after two Pasal are inserted and the sentence rewritten; detaches when the phrase is deleted', async () => {
    const added = await cli('thread', 'add', p.file, '--unit', 'Pasal 12', '--quote', PHRASE, '--body', 'Mohon dipertegas siapa yang mengusahakan.', '--author', 'Siti Aminah', '--role', 'Anggota DPRD', '--fraksi', 'Fraksi Golkar', '--json');
    expect(added.code).toBe(0);
    const { id } = JSON.parse(added.out) as ListedThread;
    expect(await listThreads(p.file)).toEqual([expect.objectContaining({ id, unitLabel: 'Pasal 12', quote: PHRASE, status: 'open', replies: 0, detached: false })]);

    // The drafter inserts two Pasal before Pasal 12 and rewrites the sentence around the phrase.
    await p.withProject(async (ctx) => {
      const draft = await call(ctx, 'draft.get', {});
      const doc = draft.doc as ReturnType<typeof corpusDoc>;
      insertPasalBefore(doc, uidAt(doc, 'Pasal 12'), 2);
      replaceText(doc, 'tidak memungkinkan, ', 'belum dapat dipenuhi oleh pengelola, maka ');
      replaceText(doc, ' atau bersama-sama dengan bangunan-bangunan umum lainnya yang berdekatan.', ' bersama pengelola bangunan di sekitarnya.');
      await call(ctx, 'draft.save', { doc, revision: draft.revision });
      await call(ctx, 'version.save', { label: 'Setelah rapat Pansus' });
    });
    // Reload: a new process would open the file afresh; the CLI does exactly that.
    const after = await listThreads(p.file);
    expect(after).toEqual([expect.objectContaining({ id, unitLabel: 'Pasal 14', pasal: 'Pasal 14', quote: PHRASE, currentText: PHRASE, detached: false })]);

    // The drafter deletes the phrase: detached, not lost, with its original quote.
    await p.withProject(async (ctx) => {
      const draft = await call(ctx, 'draft.get', {});
      const doc = draft.doc as ReturnType<typeof corpusDoc>;
      replaceText(doc, PHRASE, 'diatur');
      await call(ctx, 'draft.save', { doc });
      const list = await call(ctx, 'thread.list', {});
      expect(list.threads).toEqual([]);
      expect(list.detached.map((t) => [t.id, t.quote, t.unitLabel])).toEqual([[id, PHRASE, 'Pasal 12']]);
    });
    expect(await listThreads(p.file)).toEqual([expect.objectContaining({ id, quote: PHRASE, detached: true })]);
    // The saved version still shows the thread on its phrase.
    expect(await listThreads(p.file, '--version', '1')).toEqual([expect.objectContaining({ id, unitLabel: 'Pasal 14', detached: false })]);
    // Re-attached by hand to the new wording.
    const re = await p.api('thread.reattach', { threadId: id, unit: 'Pasal 14', quote: 'diatur' });
    expect(re).toMatchObject({ detached: false, unitLabel: 'Pasal 14', quote: 'diatur' });
    expect(re.originalAnchor.quote?.exact).toBe(PHRASE);
  });
});

describe('review packages', () => {
  it('two reviewers, each package imported twice in different orders: the same threads, no duplicates, nothing lost', async () => {
    const pkgA = path.join(p.tmp.path, 'fraksi-a.rancang-review');
    const pkgB = path.join(p.tmp.path, 'fraksi-b.rancang-review');
    expect((await cli('thread', 'add', p.file, '--unit', 'Pasal 5', '--body', 'Catatan perancang.', '--author', 'Rina', '--role', 'Perancang')).code).toBe(0);
    expect((await cli('review', 'export', p.file, '--out', pkgA, '--reviewer', 'Siti')).code).toBe(0);
    expect((await cli('review', 'export', p.file, '--out', pkgB, '--reviewer', 'Joko')).code).toBe(0);
    // Refuses to overwrite an existing package.
    expect((await cli('review', 'export', p.file, '--out', pkgA)).code).toBe(1);

    // Reviewers work on their packages (review mode).
    expect((await cli('thread', 'add', pkgA, '--unit', 'Pasal 12', '--quote', PHRASE, '--body', 'Usul dipertegas.', '--author', 'Siti', '--role', 'Anggota DPRD', '--fraksi', 'Fraksi Golkar')).code).toBe(0);
    expect((await cli('thread', 'add', pkgA, '--unit', 'Pasal 3', '--body', 'Setuju.', '--author', 'Siti', '--role', 'Anggota DPRD', '--fraksi', 'Fraksi Golkar')).code).toBe(0);
    expect((await cli('thread', 'add', pkgB, '--unit', 'Pasal 12 ayat (1)', '--quote', 'bangunan umum', '--body', 'Definisikan bangunan umum.', '--author', 'Joko', '--role', 'Pansus', '--fraksi', 'Fraksi PDI Perjuangan')).code).toBe(0);
    const inA = await listThreads(pkgA);
    expect(inA.map((t) => t.unitLabel).sort()).toEqual(['Pasal 12', 'Pasal 3', 'Pasal 5']);
    // The reviewer may not resolve the drafter's thread, but may reply to it.
    const drafterThread = inA.find((t) => t.unitLabel === 'Pasal 5')!;
    const a = await runReviewCli(p.env, 'thread', 'list', pkgA); // human output works on a package too
    expect(a.out).toContain('Pasal 12');

    // Copies of the project, to merge in two different orders.
    const other = path.join(p.tmp.path, 'salinan.rancang');
    fs.copyFileSync(p.file, other);
    for (const [file, order] of [[p.file, [pkgA, pkgB, pkgA, pkgB]], [other, [pkgB, pkgB, pkgA, pkgA]]] as const) {
      const added: number[] = [];
      for (const pkg of order) {
        const r = await cli('review', 'import', file, pkg, '--json');
        expect(r.code).toBe(0);
        added.push((JSON.parse(r.out) as { added: number }).added);
      }
      expect(added.filter((n) => n > 0).length).toBe(2);
      expect(added.filter((n) => n === 0).length).toBe(2);
    }
    const one = await listThreads(p.file);
    const two = await listThreads(other);
    expect(one).toEqual(two);
    expect(one).toHaveLength(4);
    expect(new Set(one.map((t) => t.id)).size).toBe(4);
    expect(one.map((t) => t.author).sort()).toEqual(['Joko', 'Rina', 'Siti', 'Siti']);
    expect(drafterThread.id).toBe(one.find((t) => t.unitLabel === 'Pasal 5')?.id);
  });

  it('merges concurrent edits of the same comment keeping both texts, and status changes from the package', async () => {
    const pkg = path.join(p.tmp.path, 'siti.rancang-review');
    const t = await p.api('thread.add', { unit: 'Pasal 12', quote: PHRASE, body: 'Teks awal.', author: 'Siti', role: 'Anggota DPRD' });
    await p.api('review.export', { out: pkg, reviewer: 'Siti' });
    // The drafter edits Siti's comment in the project (e.g. a typo), Siti edits it in her package.
    await p.api('thread.edit', { threadId: t.id, body: 'Teks awal (dirapikan perancang).', author: 'Rina' });
    await p.withProject(async (ctx) => {
      await call(ctx, 'review.open', { path: pkg });
      await call(ctx, 'thread.edit', { threadId: t.id, body: 'Teks awal, diperjelas oleh Siti.', author: 'Siti' });
      await call(ctx, 'thread.setStatus', { threadId: t.id, status: 'resolved', author: 'Siti' });
      await expect(call(ctx, 'thread.decide', { threadId: t.id, accept: true, author: 'Siti' })).rejects.toMatchObject({ code: 'READ_ONLY' });
      await call(ctx, 'review.close', {});
    });
    await p.api('review.import', { path: pkg });
    const merged = await p.api('thread.get', { threadId: t.id });
    const texts = [merged.comment.body, ...merged.comment.alternatives].sort();
    expect(texts).toEqual(['Teks awal (dirapikan perancang).', 'Teks awal, diperjelas oleh Siti.']);
    expect(merged.comment.history.map((h) => h.body)).toContain('Teks awal.');
    expect(merged.status).toBe('resolved');
  });

  it('refuses another project\'s package, a truncated, a bit-flipped and a newer package, changing nothing', async () => {
    const pkg = path.join(p.tmp.path, 'x.rancang-review');
    await p.api('thread.add', { unit: 'Pasal 1', body: 'Catatan.' });
    await p.api('review.export', { out: pkg });
    const q = await makeReviewProject('lain');
    try {
      const foreign = await runReviewCli(q.env, 'review', 'import', q.file, pkg);
      expect(foreign.code).toBe(1);
      expect(foreign.err).toMatch(/untuk proyek lain.*Tidak ada yang diubah/);
      expect((await q.api('thread.list', {})).threads).toEqual([]);
      expect((await q.api('audit.list', {})).map((e) => e.action)).not.toContain('review.import');
    } finally {
      q.done();
    }
    const bytes = fs.readFileSync(pkg);
    const bad = path.join(p.tmp.path, 'bad.rancang-review');
    const cases: Array<[Buffer, RegExp]> = [
      [bytes.subarray(0, Math.floor(bytes.length * 0.6)), /terpotong/],
      [Buffer.from(bytes.toString('latin1').replace('RANCANG-REVIEW 1', 'RANCANG-REVIEW 9'), 'latin1'), /versi Rancang yang lebih baru/],
      [Buffer.from('bukan paket'), /bukan paket tinjauan/],
    ];
    for (const at of [20, Math.floor(bytes.length / 2), bytes.length - 80]) {
      const flipped = Buffer.from(bytes);
      flipped[at]! ^= 0x04;
      cases.push([flipped, /diubah atau rusak|terpotong/]);
    }
    for (const [content, message] of cases) {
      fs.writeFileSync(bad, content);
      const r = await cli('review', 'import', p.file, bad);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/Tidak ada yang diubah/);
    }
    expect((await p.api('thread.list', {})).threads).toHaveLength(1);
  });
});

describe('suggestions', () => {
  it('accepting a reviewer\'s wording changes the draft and records the reviewer in the audit log; rejecting needs a reason', async () => {
    const t = await p.api('thread.add', { unit: 'Pasal 12', quote: PHRASE, body: 'Usulan rumusan.', suggestion: 'wajib diusahakan secara kolektif', author: 'Siti', role: 'Anggota DPRD', fraksi: 'Fraksi Golkar' });
    const detail = await p.api('thread.get', { threadId: t.id });
    expect(detail.redline).toEqual(expect.arrayContaining([expect.objectContaining({ op: 'insert' }), expect.objectContaining({ op: 'delete' })]));
    const r = await p.api('thread.decide', { threadId: t.id, accept: true, author: 'Rina' });
    expect(r.suggestion?.state).toBe('accepted');
    expect(r.status).toBe('resolved');
    expect(r.draftRevision).toBeGreaterThan(1);
    const draft = await p.api('draft.get', {});
    expect(JSON.stringify(draft.doc)).toContain('wajib diusahakan secara kolektif');
    expect(JSON.stringify(draft.doc)).not.toContain(PHRASE);
    const audit = await p.api('audit.list', {});
    expect(audit[0]).toMatchObject({ action: 'suggestion.accept', actor: 'Rina', detail: expect.objectContaining({ suggestionAuthor: expect.objectContaining({ name: 'Siti' }) }) });
    await expect(p.api('thread.decide', { threadId: t.id, accept: false, body: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' });

    const t2 = await p.api('thread.add', { unit: 'Pasal 13', quote: 'mudah diakses', body: 'Usul.', suggestion: 'mudah dijangkau', author: 'Joko' });
    await expect(p.api('thread.decide', { threadId: t2.id, accept: false })).rejects.toMatchObject({ code: 'INVALID_ARGS' });
    const rej = await p.api('thread.decide', { threadId: t2.id, accept: false, body: 'Istilah "diakses" sudah baku.' });
    expect(rej.suggestion?.state).toBe('rejected');
    expect(rej.replies.map((x) => x.body)).toEqual(['Istilah "diakses" sudah baku.']);
  });
});
