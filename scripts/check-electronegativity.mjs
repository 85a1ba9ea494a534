// Static security check of the Electron layer with @doyensec/electronegativity. The tool always
// exits 0, so this script runs it through its programmatic API (the same runner as the CLI, which
// also reports the files it could not parse) and FAILS when:
// - a finding above LOW (MEDIUM, HIGH, CRITICAL) is not in resources/electronegativity-allowlist.json
//   (each entry: check id, target, file, and the reviewed reason);
// - the tool could not parse a file (an unparsed file is an unchecked file);
// - an allow-list entry has no reason.
// Allow-list entries may name a `sample`: text the flagged line must contain.
// Targets: "source" = electron/ (TypeScript); "built" = the built output (out/electron/*.cjs and
// out/renderer), copied to a temp folder with its JavaScript lowered to ES2019 by esbuild, because
// the tool's parser does not know private class fields, and renamed to .js, the only script
// extension the tool reads. The check that fetches Electron's release list (network) is skipped:
// the Electron version is pinned in package.json.
// Usage: node scripts/check-electronegativity.mjs [--skip-build]
//   The tool is found in node_modules, or in the folder named by ELECTRONEGATIVITY_DIR.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const ALLOWLIST = path.join(root, 'resources/electronegativity-allowlist.json');
/** Severities that fail the check unless allow-listed. */
const ABOVE_LOW = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** The tool's runner (`run(options, forCli)`). */
function loadRunner() {
  const from = process.env.ELECTRONEGATIVITY_DIR
    ? createRequire(path.join(path.resolve(process.env.ELECTRONEGATIVITY_DIR), 'node_modules', 'noop.js'))
    : require;
  try {
    return from('@doyensec/electronegativity');
  } catch {
    throw new Error('@doyensec/electronegativity tidak terpasang (devDependency, atau ELECTRONEGATIVITY_DIR).');
  }
}

/** Copies the built output into `dir`, lowering JavaScript to ES2019 and naming it .js. */
async function stageBuilt(dir) {
  const copy = async (from, to) => {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (!/\.(c|m)?js$/.test(from)) return fs.copyFileSync(from, to);
    const code = fs.readFileSync(from, 'utf8');
    const out = await transform(code, { target: 'es2019', loader: 'js', format: from.endsWith('.mjs') ? 'esm' : undefined, logLevel: 'silent' });
    fs.writeFileSync(to.replace(/\.(c|m)js$/, '.js'), out.code);
  };
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  for (const sub of ['out/electron', 'out/renderer']) {
    const from = path.join(root, sub);
    if (!fs.existsSync(from)) throw new Error(`${sub} tidak ada: jalankan dulu \`npm run build\`.`);
    for (const f of walk(from)) if (!f.endsWith('.map')) await copy(f, path.join(dir, path.relative(path.join(root, 'out'), f)));
  }
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
}

/** Runs the tool over `input`; returns its issues and parse errors. */
async function scan(run, input, electronVersion) {
  return run(
    {
      input,
      output: null,
      isSarif: false,
      customScan: [],
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      severitySet: 'informational',
      confidenceSet: 'tentative',
      isRelative: true,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
}

/**
 * True when allow-list entry `e` covers finding `f`: same check, target and file, and, when the
 * entry names a `sample`, the flagged line contains it (so that a new finding of the same check
 * in the same file is not hidden).
 */
function matches(e, f) {
  return (
    e.check === f.check &&
    e.target === f.target &&
    (e.file === '*' || e.file === f.file) &&
    (e.sample === undefined || f.sample.includes(e.sample))
  );
}

/** The severity name of an issue. */
const severityOf = (i) => String(i.severity?.name ?? i.severity ?? '').toUpperCase();

async function main() {
  const allow = JSON.parse(fs.readFileSync(ALLOWLIST, 'utf8'));
  const problems = [];
  for (const e of allow.entries) {
    if (typeof e.reason !== 'string' || e.reason.trim().length < 20) problems.push(`entri allow-list tanpa alasan: ${e.check} ${e.file}`);
  }
  if (!args.has('--skip-build')) {
    execFileSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs')], { cwd: root, stdio: 'ignore' });
  }
  const electronVersion = JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const run = loadRunner();
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-eneg-'));
  const findings = [];
  const log = console.log;
  try {
    await stageBuilt(stage);
    for (const [target, input] of [['source', path.join(root, 'electron')], ['built', stage]]) {
      console.log = () => {}; // the tool prints progress even through its API
      let result;
      try {
        result = await scan(run, input, electronVersion);
      } finally {
        console.log = log;
      }
      for (const err of result.errors) problems.push(`[${target}] berkas tidak dapat diurai: ${path.relative(input, err.file)}: ${err.message}`);
      for (const i of result.issues) {
        const file = i.file === 'N/A' ? 'N/A' : path.relative(input, path.resolve(input, i.file)).split(path.sep).join('/');
        const severity = severityOf(i);
        const sample = String(i.sample ?? '').trim();
        const entry = allow.entries.find((e) => matches(e, { check: i.id, target, file, sample }));
        findings.push({ target, check: i.id, severity, file, line: i.location?.line ?? 0, sample: sample.slice(0, 120), allowed: entry ? entry.reason : null });
        if (ABOVE_LOW.has(severity) && !entry) problems.push(`[${target}] ${i.id} (${severity}) di ${file}:${i.location?.line ?? 0}`);
      }
    }
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
  const stale = allow.entries.filter((e) => !findings.some((f) => matches(e, f)));
  for (const f of findings) {
    console.log(`${f.allowed ? 'DIIZINKAN' : ABOVE_LOW.has(f.severity) ? 'GAGAL    ' : 'info     '} [${f.target}] ${f.check} ${f.severity} ${f.file}:${f.line}`);
  }
  for (const e of stale) console.log(`catatan: entri allow-list tidak terpakai lagi: ${e.check} [${e.target}] ${e.file}`);
  console.log(JSON.stringify({ ok: problems.length === 0, electronVersion, findings, problems, staleAllowEntries: stale.length }));
  if (problems.length > 0) {
    for (const p of problems) console.error(`electronegativity: ${p}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(`Pemeriksaan electronegativity gagal: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
