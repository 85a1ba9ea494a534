import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataDir } from '../../../src/cli/paths';

describe('userDataDir', () => {
  it('prefers $RANCANG_USER_DATA', () => {
    expect(userDataDir({ RANCANG_USER_DATA: 'data/uji' }, 'linux', '/home/a')).toBe(
      path.resolve('data/uji'),
    );
  });

  it('uses the OS config folder otherwise', () => {
    expect(userDataDir({}, 'linux', '/home/a')).toBe(path.join('/home/a', '.config', 'rancang'));
    expect(userDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/a')).toBe(
      path.join('/cfg', 'rancang'),
    );
    expect(
      userDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a'),
    ).toBe(path.join('C:\\Users\\a\\AppData\\Roaming', 'Rancang'));
    expect(userDataDir({}, 'darwin', '/Users/a')).toBe(
      path.join('/Users/a', 'Library', 'Application Support', 'Rancang'),
    );
  });
});
