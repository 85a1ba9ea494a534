import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  beginSession,
  endSession,
  markerPath,
  projectToRecover,
  recordProject,
  recoveryMessage,
} from '../../../electron/recovery';
import { makeTmpDir, type TmpDir } from '../../helpers/tmp-dir';

let tmp: TmpDir;
beforeEach(() => (tmp = makeTmpDir('recovery')));
afterEach(() => tmp.cleanup());

describe('electron/recovery', () => {
  it('a clean quit leaves no marker, so the next start recovers nothing', () => {
    const dir = path.join(tmp.path, 'user-data');
    expect(beginSession(dir, 1, new Date())).toBeNull();
    recordProject(dir, '/proyek/a.rancang');
    endSession(dir);
    expect(fs.existsSync(markerPath(dir))).toBe(false);
    expect(beginSession(dir, 2, new Date())).toBeNull();
  });

  it('after a crash the next start finds the last project open for writing', () => {
    const dir = tmp.path;
    const project = path.join(tmp.path, 'napza.rancang');
    fs.writeFileSync(project, '');
    beginSession(dir, 1, new Date('2025-11-28T01:00:00Z'));
    recordProject(dir, project);
    // crash: no endSession
    const previous = beginSession(dir, 2, new Date());
    expect(previous).toMatchObject({ pid: 1, startedAt: '2025-11-28T01:00:00.000Z', project });
    expect(projectToRecover(previous)).toBe(project);
    // the new session starts with no project recorded
    expect(beginSession(dir, 3, new Date())?.project).toBeNull();
  });

  it('recovers nothing when the project was closed or its file is gone', () => {
    expect(projectToRecover({ pid: 1, startedAt: '', project: null })).toBeNull();
    expect(projectToRecover({ pid: 1, startedAt: '', project: '/hilang.rancang' }, () => false)).toBeNull();
    expect(projectToRecover(null)).toBeNull();
  });

  it('tells the user when the draft was autosaved, in local time', () => {
    const at = new Date(2025, 10, 28, 14, 5);
    expect(recoveryMessage(at.toISOString())).toBe(
      'Draf terakhir dipulihkan dari simpanan otomatis pukul 14.05 (28-11-2025).',
    );
    expect(recoveryMessage('')).toBe('Draf terakhir dipulihkan dari simpanan otomatis.');
  });
});
