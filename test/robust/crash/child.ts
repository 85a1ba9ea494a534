/**
 * The child process of the crash harness: opens a project through the real API (`dispatch`) and
 * writes until it is killed. After every write that returned ok it prints one line on stdout
 * (pipes are written synchronously on Linux, so a line printed is a line the parent receives):
 *
 *   DRAFT <revision> <root> <lastKey> <ms>   a draft save (stress and typing mode)
 *   VERSION <id> <hash>                      version.save
 *   THREAD <threadId>                        thread.add
 *   REPLY <replyId>                          thread.reply
 *   IMPORT <packageIndex>                    review.import of a prepared package
 *   BACKUP <id>                              backup.create
 *   KEY <n> <ms>                             typing mode: keystroke n happened at <ms> (epoch)
 *
 * Protocol: the child prints LOADED once its modules are loaded and waits for one stdin line,
 * its configuration (`ChildConfig` as JSON): children are started ahead of time while the parent
 * checks the previous kill. Then it opens the project and prints READY.
 */
import readline from 'node:readline';
import { createContext, dispatch, type ApiContext } from '../../../src/api/dispatch';
import type { DocJson, DraftState, VersionInfo } from '../../../src/api/contract';
import { projectDatabase } from '../../../src/store/review-store';
import type { ThreadView } from '../../../src/review/thread-view';
import { pasalsOf, type J } from '../../unit/store/generated-perda';
import type { ChildConfig } from './config';
import { seededRandom } from '../../../src/model/seeded-random';

let cfg: ChildConfig;
const say = (line: string) => process.stdout.write(`${line}\n`);

let rand: () => number = Math.random;
const pick = (n: number) => Math.floor(rand() * n);

let ctx: ApiContext;

/** Call the API; a failure ends the child loudly (the parent reports it). */
async function api<T>(method: string, args: unknown): Promise<T> {
  const res = await dispatch(ctx, method, args);
  if (!res.ok) {
    say(`FAIL ${method} ${res.error.code} ${res.error.message.replace(/\s+/g, ' ')}`);
    process.exit(3);
  }
  return res.value as T;
}

/** The first text node of Pasal `k` of `doc`. */
function textOf(doc: DocJson, k: number): J {
  const pasals = pasalsOf(doc);
  let found: J | undefined;
  const walk = (n: J) => {
    if (found) return;
    if (n.type === 'text') found = n;
    for (const c of n.content ?? []) walk(c);
  };
  walk(pasals[k % pasals.length] as J);
  if (!found) throw new Error('Pasal tanpa teks');
  return found;
}

/** Type into Pasal `k`: the sentence ends in " ketik <n>" (replaced, so the text stays short). */
function type(doc: DocJson, k: number, n: number): void {
  const t = textOf(doc, k);
  t.text = `${(t.text ?? '').replace(/ ketik \d+$/, '')} ketik ${n}`;
}

let draft: DraftState;
let revision = 0;
let key = 0;

/** Save the draft and report it. */
async function saveDraft(lastKey: number): Promise<void> {
  const started = Date.now();
  const res = await api<{ revision: number }>('draft.save', { doc: draft.doc, revision });
  revision = res.revision;
  say(`DRAFT ${revision} ${ctx.project?.draftRoot() ?? ''} ${lastKey} ${Date.now() - started}`);
}

/** Stress mode: back-to-back writes of every kind. */
async function stress(): Promise<void> {
  const threads: string[] = [];
  for (let n = 0; ; n++) {
    const r = rand();
    if (r < 0.6) {
      type(draft.doc, pick(1000), ++key);
      await saveDraft(key);
    } else if (r < 0.72) {
      const v = await api<VersionInfo>('version.save', {
        label: `Versi uji ${n}`,
        stage: 'Naskah awal',
      });
      say(`VERSION ${v.id} ${v.hash}`);
    } else if (r < 0.82 || threads.length === 0) {
      const t = await api<ThreadView>('thread.add', {
        unit: `Pasal ${1 + pick(cfg.pasalCount)}`,
        body: `Komentar uji ${cfg.seed}-${n}`,
      });
      threads.push(t.id);
      say(`THREAD ${t.id}`);
    } else if (r < 0.92) {
      const body = `Balasan uji ${cfg.seed}-${n}`;
      const t = await api<ThreadView>('thread.reply', {
        threadId: threads[pick(threads.length)],
        body,
      });
      const reply = t.replies.find((x) => x.body === body);
      say(`REPLY ${reply?.id ?? '?'}`);
    } else if (r < 0.97 && cfg.packages.length > 0) {
      const i = pick(cfg.packages.length);
      await api('review.import', { path: cfg.packages[i] });
      say(`IMPORT ${i}`);
    } else {
      const b = await api<{ id: string }>('backup.create', {});
      say(`BACKUP ${b.id}`);
    }
  }
}

/** Typing mode: keystrokes at a human pace, saved by the autosave policy under test. */
function typing(): void {
  const { debounceMs, maxWaitMs, keyMinMs, keyMaxMs } = cfg.typing;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstUnsaved: number | null = null;
  let saving = false;
  const pasal = pick(cfg.pasalCount);
  const flush = async () => {
    timer = null;
    if (saving || firstUnsaved === null) return;
    saving = true;
    const upTo = key;
    firstUnsaved = null;
    await saveDraft(upTo);
    saving = false;
    if (key > upTo) schedule();
  };
  const schedule = () => {
    const now = Date.now();
    firstUnsaved ??= now;
    let wait = debounceMs;
    if (maxWaitMs > 0) wait = Math.max(0, Math.min(wait, firstUnsaved + maxWaitMs - now));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), wait);
  };
  const keystroke = () => {
    type(draft.doc, pasal, ++key);
    say(`KEY ${key} ${Date.now()}`);
    schedule();
    const pause = rand() < cfg.typing.pauseChance ? cfg.typing.pauseMs : 0;
    setTimeout(keystroke, pause + keyMinMs + rand() * (keyMaxMs - keyMinMs));
  };
  keystroke();
}

async function main(): Promise<void> {
  say('LOADED');
  const lines = readline.createInterface({ input: process.stdin });
  const line = await new Promise<string>((resolve) => lines.once('line', resolve));
  cfg = JSON.parse(line) as ChildConfig;
  rand = seededRandom(cfg.seed);
  ctx = createContext({
    userDataDir: cfg.userDataDir,
    author: 'Penguji Tabrak',
    appVersion: 'crash',
  });
  await api('project.open', { path: cfg.file });
  if (cfg.synchronous !== 'FULL' && ctx.project)
    projectDatabase(ctx.project).pragma(`synchronous = ${cfg.synchronous}`);
  draft = await api<DraftState>('draft.get', {});
  revision = draft.revision;
  say(`READY ${revision}`);
  if (cfg.mode === 'stress') await stress();
  else typing();
}

void main();
