import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RancangBridge } from '../../../electron/bridge';
import { createFakeElectron } from './fake-electron';

const fake = createFakeElectron('/nonexistent');
vi.mock('electron', () => fake.module);

let bridge: RancangBridge;
beforeAll(async () => {
  await import('../../../electron/preload');
  bridge = fake.exposed.get('rancang') as RancangBridge;
});

describe('electron/preload.ts', () => {
  it('exposes exactly { call, on } on window.rancang and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['rancang']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on']);
  });

  it('call invokes the one IPC channel with method and args', async () => {
    expect(await bridge.call('version.save', { label: 'x' })).toEqual({
      ok: true,
      value: 'dari-main',
    });
    expect(fake.invoked).toEqual([['rancang:call', 'version.save', { label: 'x' }]]);
  });

  it('on delivers only the named event and can be unsubscribed', () => {
    const seen: unknown[] = [];
    const off = bridge.on('project.opened', (p) => seen.push(p));
    const emit = (name: string, payload: unknown) => {
      for (const l of fake.rendererListeners.get('rancang:event') ?? []) l({}, name, payload);
    };
    emit('project.opened', 1);
    emit('lain', 2);
    off();
    emit('project.opened', 3);
    expect(seen).toEqual([1]);
    expect(fake.rendererListeners.get('rancang:event')?.size).toBe(0);
  });
});
