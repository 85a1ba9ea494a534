/**
 * Child process for the full-disk test: started under a file-size limit (RLIMIT_FSIZE, so every
 * write past the limit fails with EFBIG, as on a full disk), it opens the project given as JSON
 * argument through the real API and tries a large draft save, a version, a thread and a backup.
 * It prints one JSON line per call: `{ method, ok, code, message }`.
 */
import { createContext, dispatch } from '../../../src/api/dispatch';
import { generatePerda } from '../../unit/store/generated-perda';

process.on('SIGXFSZ', () => {}); // a write past the limit must fail, not kill the process

const { file, userDataDir } = JSON.parse(process.argv[2] ?? '{}') as {
  file: string;
  userDataDir: string;
};
const ctx = createContext({ userDataDir, author: 'Penguji', appVersion: 'test' });
const calls: Array<[string, unknown]> = [
  ['project.open', { path: file }],
  ['draft.save', { doc: generatePerda(600, { seed: 9 }) }],
  ['version.save', { label: 'Versi saat disk penuh' }],
  ['thread.add', { unit: 'Pasal 1', body: 'Komentar saat disk penuh. '.repeat(1500) }],
  ['backup.create', {}],
  ['project.close', {}],
];
for (const [method, args] of calls) {
  const res = await dispatch(ctx, method, args);
  const out = res.ok
    ? { method, ok: true }
    : { method, ok: false, code: res.error.code, message: res.error.message };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
