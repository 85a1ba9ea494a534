/** The autosaver: debounce, retry without losing typing, conflict handling, flush. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocJson } from '../../../src/api/contract';
import { Autosaver, type SaveState } from '../../../renderer/editor/autosave';

function setup(save: (doc: DocJson, revision: number) => Promise<{ revision: number }>) {
  let current: DocJson = { type: 'doc', attrs: { n: 0 } };
  const states: SaveState[] = [];
  const saver = new Autosaver({ save, getDoc: () => current, revision: 5, onState: (s) => states.push(s) });
  return {
    saver,
    states,
    edit(n: number) {
      current = { type: 'doc', attrs: { n } };
      saver.change();
    },
  };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 300 ms after the last of several changes, with the latest document', async () => {
    const save = vi.fn(async (_doc: DocJson, revision: number) => ({ revision: revision + 1 }));
    const s = setup(save);
    s.edit(1);
    await vi.advanceTimersByTimeAsync(200);
    s.edit(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(save).not.toHaveBeenCalled();
    expect(s.saver.current).toBe('dirty');
    await vi.advanceTimersByTimeAsync(150);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]).toEqual([{ type: 'doc', attrs: { n: 2 } }, 5]);
    expect(s.saver.current).toBe('saved');
    expect(s.saver.currentRevision).toBe(6);
    expect(s.states).toEqual(['dirty', 'saving', 'saved']);
  });

  it('while typing goes on without a pause, saves at least once a second', async () => {
    const save = vi.fn(async (_doc: DocJson, revision: number) => ({ revision: revision + 1 }));
    const s = setup(save);
    const savedAt: number[] = [];
    save.mockImplementation(async (_doc: DocJson, revision: number) => {
      savedAt.push(Date.now());
      return { revision: revision + 1 };
    });
    const start = Date.now();
    for (let i = 1; i <= 40; i++) {
      s.edit(i); // a keystroke every 100 ms for 4 s: the 300 ms debounce alone would never fire
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(savedAt.length).toBeGreaterThanOrEqual(4);
    const gaps = [savedAt[0]! - start, ...savedAt.slice(1).map((t, i) => t - savedAt[i]!)];
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1000);
  });

  it('keeps the state unsaved and retries a failed save until it succeeds', async () => {
    let fail = 2;
    const save = vi.fn(async (_doc: DocJson, revision: number) => {
      if (fail-- > 0) throw Object.assign(new Error('down'), { code: 'NETWORK' });
      return { revision: revision + 1 };
    });
    const s = setup(save);
    s.edit(1);
    await vi.advanceTimersByTimeAsync(800);
    expect(s.saver.current).toBe('error');
    expect(s.saver.hasUnsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(3);
    expect(s.saver.current).toBe('saved');
    expect(save.mock.calls[2]![0]).toEqual({ type: 'doc', attrs: { n: 1 } });
  });

  it('stops on CONFLICT and saves over the new revision only when asked', async () => {
    const save = vi.fn(async (_doc: DocJson, revision: number) => {
      if (revision === 5) throw Object.assign(new Error('stale'), { code: 'CONFLICT' });
      return { revision: revision + 1 };
    });
    const s = setup(save);
    s.edit(1);
    await vi.advanceTimersByTimeAsync(800);
    expect(s.saver.current).toBe('conflict');
    s.edit(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    await expect(s.saver.flush()).rejects.toMatchObject({ code: 'CONFLICT' });
    await s.saver.overwrite(9);
    expect(save).toHaveBeenLastCalledWith({ type: 'doc', attrs: { n: 2 } }, 9);
    expect(s.saver.current).toBe('saved');
  });

  it('flush saves immediately and resolves only when saved', async () => {
    const save = vi.fn(async (_doc: DocJson, revision: number) => ({ revision: revision + 1 }));
    const s = setup(save);
    s.edit(1);
    await s.saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(s.saver.hasUnsaved).toBe(false);
    await s.saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('a change made while saving is saved afterwards', async () => {
    let release!: () => void;
    const save = vi.fn(
      (_doc: DocJson, revision: number) =>
        new Promise<{ revision: number }>((resolve) => {
          release = () => resolve({ revision: revision + 1 });
        }),
    );
    const s = setup(save);
    s.edit(1);
    await vi.advanceTimersByTimeAsync(800);
    expect(s.saver.current).toBe('saving');
    s.edit(2);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.saver.current).toBe('dirty');
    await vi.advanceTimersByTimeAsync(800);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]).toEqual([{ type: 'doc', attrs: { n: 2 } }, 6]);
    expect(s.saver.current).toBe('saved');
  });
});
