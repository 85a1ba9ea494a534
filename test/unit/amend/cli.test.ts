import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { amendCommand } from '../../../src/cli/commands/amend';
import { applyCommand } from '../../../src/cli/commands/apply';
import type { Command } from '../../../src/cli/command';
import { parseCommandArgs } from '../../../src/cli/args';
import { createSession } from '../../../src/cli/session';
import { captureIo } from '../../helpers/cli-io';
import { corpusDir } from '../../helpers/paths';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function run(cmd: Command, argv: string[]): Promise<{ out: string; code: number | void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-amend-'));
  dirs.push(dir);
  const cap = captureIo({ RANCANG_USER_DATA: dir });
  const session = createSession(dir, 'uji');
  try {
    const code = await cmd.run({ io: cap.io, args: parseCommandArgs(cmd, argv), session });
    return { out: cap.stdout(), code };
  } finally {
    await session.close();
  }
}

const BASE = path.join(corpusDir, 'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt');
const AMEND = path.join(corpusDir, 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt');

describe('rancang apply / amend', () => {
  it('apply writes the consolidated text and reports every item; amend --json names the changes back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-out-'));
    dirs.push(dir);
    const out = path.join(dir, 'gabungan.txt');
    const applied = await run(applyCommand, [BASE, AMEND, '--out', out, '--json']);
    const report = JSON.parse(applied.out) as {
      report: Array<{ status: string; units: string[] }>;
    };
    expect(report.report.map((r) => `${r.status} ${r.units.join(',')}`)).toEqual([
      'applied Pasal 1',
      'applied Pasal 3',
      'applied Pasal 4',
    ]);
    expect(fs.readFileSync(out, 'utf8')).toContain('RPJMD Perubahan ini menjadi acuan');

    const amended = await run(amendCommand, [BASE, out, '--json']);
    const json = JSON.parse(amended.out) as {
      items: Array<{ action: string; units: string[]; text: string }>;
      recommendation: string;
      share: { pasal: number; text: number };
    };
    expect(json.items.map((i) => i.units[0])).toEqual(['Pasal 1 angka 2', 'Pasal 3', 'Pasal 4']);
    expect(json.items.every((i) => i.action === 'diubah')).toBe(true);
    expect(json.recommendation).toBe('perubahan');
    expect(json.share.pasal).toBeCloseTo(3 / 9, 2);

    const text = await run(amendCommand, [BASE, out, '--text']);
    expect(text.out).toContain('Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:');
    expect(text.out).toContain('Pasal II');
  });
});
