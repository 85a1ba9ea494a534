/**
 * The crash harness: builds the child once (an esbuild bundle, helpers/bundle.ts), then
 * for every kill starts a child on the round's project file, lets it write for a random moment,
 * kills it with SIGKILL and checks the file against what the child reported saved. The next
 * child is already loading while a kill is being checked. Every `killsPerFile` kills a fresh
 * project is prepared, so checks stay cheap.
 *
 * Used by test/robust/crash.test.ts (CI, 200 kills) and test/bench/crash.ts (2,000 kills).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleScript } from '../helpers/bundle';
import { spawnCrashChild, type CrashChild } from './child-process';
import type { ChildConfig, TypingConfig } from './config';
import { prepareProject, type PreparedProject } from './prepare';
import { verifyAfterKill, type Reported } from './verify';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Options of one harness run. */
export interface CrashRunOptions {
  /** Work folder (created; the caller removes it). */
  dir: string;
  kills: number;
  mode: ChildConfig['mode'];
  synchronous: ChildConfig['synchronous'];
  /** Time the child writes before it is killed: uniform in [minDelayMs, maxDelayMs] after READY. */
  minDelayMs: number;
  maxDelayMs: number;
  /** Kills per project file before a fresh one is prepared. */
  killsPerFile?: number;
  seed?: number;
  typing?: TypingConfig;
}

/** What a run found. */
export interface CrashRunResult {
  kills: number;
  corruptFiles: number;
  lostVersions: number;
  lostDrafts: number;
  lostEvents: number;
  brokenBackups: number;
  /** Writes the children reported saved, by kind. */
  reported: { drafts: number; versions: number; events: number; imports: number; backups: number };
  /** Kills that found the draft one save newer than the last reported line (a commit whose line never came out). */
  draftsNewerThanReported: number;
  /** Typing mode: per kill, ms of typing lost (kill time minus the first keystroke not on disk; 0 if none). */
  lossWindowsMs: number[];
  /** Typing mode: keystrokes lost per kill. */
  lostKeys: number[];
  /** Duration of each reported draft save, ms. */
  saveMs: number[];
  /** Children that stopped on their own (an API failure) instead of being killed. */
  childFailures: number;
  /** The first problems found (empty when all is well). */
  problems: string[];
  elapsedMs: number;
}

/** Children started ahead of time. */
const PRESPAWN = 2;

const DEFAULT_TYPING: TypingConfig = {
  debounceMs: 800,
  maxWaitMs: 0,
  keyMinMs: 80,
  keyMaxMs: 250,
  pauseChance: 0.05,
  pauseMs: 1500,
};

/** Bundle the child into `dir/child.mjs`. */
export function buildChild(dir: string): Promise<string> {
  return bundleScript(path.join(here, 'child.ts'), dir);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Run the harness. */
export async function runCrashHarness(opts: CrashRunOptions): Promise<CrashRunResult> {
  const t0 = Date.now();
  fs.mkdirSync(opts.dir, { recursive: true });
  const script = await buildChild(opts.dir);
  const perFile = opts.killsPerFile ?? 100;
  const seed0 = opts.seed ?? 1;
  let rnd = seed0;
  const rand = () => (rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648;
  const res: CrashRunResult = {
    kills: 0,
    corruptFiles: 0,
    lostVersions: 0,
    lostDrafts: 0,
    lostEvents: 0,
    brokenBackups: 0,
    reported: { drafts: 0, versions: 0, events: 0, imports: 0, backups: 0 },
    draftsNewerThanReported: 0,
    lossWindowsMs: [],
    lostKeys: [],
    saveMs: [],
    childFailures: 0,
    problems: [],
    elapsedMs: 0,
  };
  const problem = (p: string) => {
    if (res.problems.length < 20) res.problems.push(p);
  };

  let project: PreparedProject | null = null;
  let allVersions: Reported['versions'] = [];
  let lastDraft: Reported['draft'] = null;
  const configFor = (i: number, p: PreparedProject): ChildConfig => ({
    file: p.file,
    userDataDir: p.userDataDir,
    seed: seed0 * 100_003 + i,
    mode: opts.mode,
    synchronous: opts.synchronous,
    pasalCount: p.pasalCount,
    packages: p.packages,
    typing: opts.typing ?? DEFAULT_TYPING,
  });
  const newRound = async (i: number) => {
    project = await prepareProject(path.join(opts.dir, `ronde-${Math.floor(i / perFile)}`), {
      pasalCount: 30,
      packages: 4,
    });
    allVersions = [];
    lastDraft = null;
  };

  await newRound(0);
  const queue: CrashChild[] = [];
  const refill = (left: number) => {
    while (queue.length < Math.min(PRESPAWN, left)) queue.push(spawnCrashChild(script));
  };
  refill(opts.kills);
  try {
    await killLoop();
  } finally {
    for (const c of queue) c.proc.kill('SIGKILL');
  }
  res.elapsedMs = Date.now() - t0;
  return res;

  async function killLoop(): Promise<void> {
    for (let i = 0; i < opts.kills; i++) {
      const p = project!;
      const child = queue.shift()!;
      refill(opts.kills - i - 1);
      await child.loaded;
      child.go(configFor(i, p));
      try {
        await child.ready;
      } catch (e) {
        res.childFailures += 1;
        problem(`anak ${i}: ${(e as Error).message}`);
      }
      await sleep(opts.minDelayMs + rand() * (opts.maxDelayMs - opts.minDelayMs));
      const killedAt = Date.now();
      child.proc.kill('SIGKILL');
      const exit = await child.closed;
      res.kills += 1;
      if (exit.signal !== 'SIGKILL') {
        res.childFailures += 1;
        problem(
          `anak ${i} berhenti sendiri (kode ${exit.code}): ${child.lines.filter((l) => l.startsWith('FAIL')).join(' ')} ${child.stderr().slice(0, 500)}`,
        );
      }
      const roundEnds = (i + 1) % perFile === 0 && i + 1 < opts.kills;

      // What this child reported.
      const rep: Reported = { versions: [], draft: lastDraft, eventIds: [], backup: null };
      const keys = new Map<number, number>();
      const draftKeys = new Map<number, number>();
      let lastKey = 0;
      for (const line of child.lines) {
        const f = line.split(' ');
        switch (f[0]) {
          case 'DRAFT':
            rep.draft = { revision: Number(f[1]), root: f[2] ?? '' };
            draftKeys.set(Number(f[1]), Number(f[3]));
            res.saveMs.push(Number(f[4]));
            res.reported.drafts += 1;
            break;
          case 'VERSION':
            rep.versions.push({ id: Number(f[1]), hash: f[2] ?? '' });
            res.reported.versions += 1;
            break;
          case 'THREAD':
          case 'REPLY':
            rep.eventIds.push(f[1] ?? '?');
            res.reported.events += 1;
            break;
          case 'IMPORT':
            rep.eventIds.push(...(p.packageEvents[Number(f[1])] ?? []));
            res.reported.imports += 1;
            break;
          case 'BACKUP':
            rep.backup = f[1] ?? null;
            res.reported.backups += 1;
            break;
          case 'KEY':
            keys.set(Number(f[1]), Number(f[2]));
            lastKey = Number(f[1]);
            break;
          default:
            break;
        }
      }
      const check = verifyAfterKill(p.file, rep);
      res.corruptFiles += check.corrupt ? 1 : 0;
      res.lostVersions += check.lostVersions;
      res.lostDrafts += check.lostDraft;
      res.lostEvents += check.lostEvents;
      res.brokenBackups += check.brokenBackups;
      for (const x of check.problems) problem(`kill ${i}: ${x}`);
      if (rep.draft && check.revision > rep.draft.revision) res.draftsNewerThanReported += 1;
      allVersions.push(...rep.versions);
      // What is on disk now is what the next child must not lose.
      if (!check.corrupt) lastDraft = { revision: check.revision, root: check.root };

      if (opts.mode === 'typing') {
        // The keystrokes in the stored draft: up to the reported save's last key (or all keys,
        // when the save committed but its line never came out: no key can interleave a save).
        const upTo =
          draftKeys.get(check.revision) ??
          (rep.draft && check.revision > rep.draft.revision ? lastKey : 0);
        const lost = [...keys.entries()].filter(([n]) => n > upTo).sort((a, b) => a[0] - b[0]);
        res.lostKeys.push(lost.length);
        res.lossWindowsMs.push(lost.length > 0 ? killedAt - lost[0]![1] : 0);
      }

      if (roundEnds || i + 1 === opts.kills) {
        // End of a round: every version ever reported on this file, once more.
        const final = verifyAfterKill(p.file, {
          versions: allVersions,
          draft: null,
          eventIds: [],
          backup: null,
        });
        res.lostVersions += final.lostVersions;
        res.corruptFiles += final.corrupt ? 1 : 0;
        for (const x of final.problems) problem(`akhir ronde: ${x}`);
        if (roundEnds) await newRound(i + 1);
      }
    }
  }
}
