/**
 * Crash benchmark (issue "Prove it keeps working", part 1): RANCANG_CRASH_KILLS SIGKILLs (2,000 by
 * default) of a child writing through the real API (test/robust/crash/harness.ts), in four runs:
 *
 * - stress, synchronous=FULL (half the kills): back-to-back autosaves, versions, threads,
 *   replies, review-package imports and backups; corrupt files, lost versions, lost drafts beyond
 *   the last reported save, lost review events and broken backups must all be 0.
 * - stress, synchronous=NORMAL (a quarter): the same, as the baseline for the cost of FULL.
 * - typing, the renderer's current autosave (800 ms after the last keystroke, no upper bound) and
 *   typing with a bounded autosave (300 ms debounce, at most 1,000 ms after the first unsaved
 *   keystroke) (an eighth each): keystrokes every 80-250 ms with 5 % pauses of 1.5 s; the loss
 *   window is the time from the first keystroke not on disk to the kill.
 *
 * What the figures decide: SIGKILL (a process crash) never loses a committed transaction under
 * either synchronous mode, so FULL is kept for power loss (WAL + NORMAL may drop the last commits
 * when the machine loses power) at the autosave cost measured here. The typing loss is set by the
 * autosave policy, not by SQLite: a debounce without an upper bound loses everything typed since
 * the last pause; bounding it at 1,000 ms keeps the loss at about 1 s (the target).
 *
 * Run: `npx tsx test/bench/crash.ts` (RANCANG_CRASH_KILLS=200 for a quick run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCrashHarness, type CrashRunResult } from '../robust/crash/harness';
import type { TypingConfig } from '../robust/crash/config';
import { formatTable, median, type BenchFigure } from './figure';

const TYPING_BASE = { keyMinMs: 80, keyMaxMs: 250, pauseChance: 0.05, pauseMs: 1500 };
/** The renderer's autosave today (renderer/editor/autosave.ts: 800 ms debounce, no upper bound). */
const CURRENT_POLICY: TypingConfig = { ...TYPING_BASE, debounceMs: 800, maxWaitMs: 0 };
/** The bounded autosave these figures recommend. */
const BOUNDED_POLICY: TypingConfig = { ...TYPING_BASE, debounceMs: 300, maxWaitMs: 1000 };

/** The p-th percentile (0..1) of a list. */
function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

/** Losses of one run as figures. */
function lossFigures(label: string, r: CrashRunResult): BenchFigure[] {
  return [
    { name: `${label}: kills`, value: r.kills, unit: 'kill' },
    { name: `${label}: corrupt files`, value: r.corruptFiles, unit: 'file', target: '0' },
    { name: `${label}: lost versions`, value: r.lostVersions, unit: 'version', target: '0' },
    {
      name: `${label}: lost drafts (beyond last reported)`,
      value: r.lostDrafts,
      unit: 'draft',
      target: '0',
    },
    {
      name: `${label}: lost threads/replies/imports`,
      value: r.lostEvents,
      unit: 'event',
      target: '0',
    },
    { name: `${label}: broken backups`, value: r.brokenBackups, unit: 'backup', target: '0' },
    { name: `${label}: child failures`, value: r.childFailures, unit: 'child', target: '0' },
  ];
}

/** Run the benchmark and return its figures. */
export async function run(): Promise<BenchFigure[]> {
  const kills = Number(process.env.RANCANG_CRASH_KILLS ?? 2000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-bench-crash-'));
  try {
    const common = { killsPerFile: 100, seed: 11 };
    const full = await runCrashHarness({
      ...common,
      dir: path.join(dir, 'full'),
      kills: Math.round(kills / 2),
      mode: 'stress',
      synchronous: 'FULL',
      minDelayMs: 0,
      maxDelayMs: 150,
    });
    const normal = await runCrashHarness({
      ...common,
      dir: path.join(dir, 'normal'),
      kills: Math.round(kills / 4),
      mode: 'stress',
      synchronous: 'NORMAL',
      minDelayMs: 0,
      maxDelayMs: 150,
    });
    const typing = (typingPolicy: TypingConfig, sub: string) =>
      runCrashHarness({
        ...common,
        dir: path.join(dir, sub),
        kills: Math.round(kills / 8),
        mode: 'typing',
        synchronous: 'FULL',
        minDelayMs: 300,
        maxDelayMs: 3000,
        typing: typingPolicy,
      });
    const current = await typing(CURRENT_POLICY, 'typing-current');
    const bounded = await typing(BOUNDED_POLICY, 'typing-bounded');

    const fullSave = median(full.saveMs);
    const normalSave = median(normal.saveMs);
    const curP50 = median(current.lossWindowsMs);
    const curP95 = percentile(current.lossWindowsMs, 0.95);
    const bP50 = median(bounded.lossWindowsMs);
    const bP95 = percentile(bounded.lossWindowsMs, 0.95);
    const problems = [
      ...full.problems,
      ...normal.problems,
      ...current.problems,
      ...bounded.problems,
    ];
    if (problems.length > 0) process.stderr.write(`masalah:\n${problems.join('\n')}\n`);
    return [
      ...lossFigures('stress FULL', full),
      ...lossFigures('stress NORMAL', normal),
      ...lossFigures('typing 800ms debounce', current),
      ...lossFigures('typing 300ms/max 1000ms', bounded),
      {
        name: 'writes reported saved (stress FULL)',
        value:
          full.reported.drafts +
          full.reported.versions +
          full.reported.events +
          full.reported.imports +
          full.reported.backups,
        unit: 'write',
      },
      {
        name: 'kills finding a commit newer than its line (stress FULL)',
        value: full.draftsNewerThanReported,
        unit: 'kill',
      },
      {
        name: 'autosave (draft.save) median, synchronous=FULL',
        value: fullSave,
        unit: 'ms',
        baseline: normalSave,
        baselineName: 'NORMAL',
        ratio: fullSave / normalSave,
      },
      {
        name: 'autosave p95, synchronous=FULL',
        value: percentile(full.saveMs, 0.95),
        unit: 'ms',
        baseline: percentile(normal.saveMs, 0.95),
        baselineName: 'NORMAL',
      },
      {
        name: 'typing lost, median (bounded autosave)',
        value: bP50,
        unit: 'ms',
        baseline: curP50,
        baselineName: '800ms debounce',
        ratio: bP50 / curP50,
        target: '<= 1000',
      },
      {
        name: 'typing lost, p95 (bounded autosave)',
        value: bP95,
        unit: 'ms',
        baseline: curP95,
        baselineName: '800ms debounce',
        ratio: bP95 / curP95,
        target: '<= 1000',
      },
      {
        name: 'typing lost, max (bounded autosave)',
        value: Math.max(...bounded.lossWindowsMs),
        unit: 'ms',
        baseline: Math.max(...current.lossWindowsMs),
        baselineName: '800ms debounce',
      },
      {
        name: 'keystrokes lost per kill, median (bounded)',
        value: median(bounded.lostKeys),
        unit: 'key',
        baseline: median(current.lostKeys),
        baselineName: '800ms debounce',
      },
      {
        name: 'seconds per kill (stress FULL)',
        value: full.elapsedMs / 1000 / full.kills,
        unit: 's',
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${formatTable(await run())}\n`);
}
