/**
 * The project a crash round starts from, made through the real API: a generated Perda draft, one
 * version, one thread, and review packages whose reviewer threads the child may import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { call, closeContext, createContext } from '../../../src/api/dispatch';
import { readPackageFile } from '../../../src/review/review-package';
import { generatePerda } from '../../unit/store/generated-perda';

/** A prepared project. */
export interface PreparedProject {
  file: string;
  userDataDir: string;
  pasalCount: number;
  /** Review package files. */
  packages: string[];
  /** The event ids each package holds. */
  packageEvents: string[][];
}

/** Make the project of one round in `dir` (created). */
export async function prepareProject(
  dir: string,
  opts: { pasalCount: number; packages: number },
): Promise<PreparedProject> {
  fs.mkdirSync(dir, { recursive: true });
  const userDataDir = path.join(dir, 'user-data');
  const ctx = createContext({ userDataDir, author: 'Perancang Uji', appVersion: 'crash' });
  try {
    const info = await call(ctx, 'project.create', {
      path: path.join(dir, 'tabrak.rancang'),
      title: 'Uji tabrak',
    });
    await call(ctx, 'draft.save', { doc: generatePerda(opts.pasalCount) });
    await call(ctx, 'version.save', { label: 'Naskah awal', stage: 'Naskah awal' });
    await call(ctx, 'thread.add', { unit: 'Pasal 1', body: 'Komentar awal perancang.' });
    const packages: string[] = [];
    const packageEvents: string[][] = [];
    for (let i = 0; i < opts.packages; i++) {
      const out = path.join(dir, `tinjauan-${i}.rancang-review`);
      await call(ctx, 'review.export', { out, reviewer: `Peninjau ${i}` });
      await call(ctx, 'review.open', { path: out });
      const t = await call(ctx, 'thread.add', {
        unit: `Pasal ${1 + (i % opts.pasalCount)}`,
        body: `Tanggapan fraksi ${i}.`,
        author: `Peninjau ${i}`,
      });
      await call(ctx, 'thread.reply', {
        threadId: t.id,
        body: `Tambahan peninjau ${i}.`,
        author: `Peninjau ${i}`,
      });
      await call(ctx, 'review.close', {});
      packages.push(out);
      packageEvents.push(readPackageFile(out).events.map((e) => e.id));
    }
    return { file: info.path, userDataDir, pasalCount: opts.pasalCount, packages, packageEvents };
  } finally {
    closeContext(ctx);
  }
}
