// @vitest-environment jsdom
/**
 * Host events from the Electron preload reach the drafting screen's newest handlers through one
 * subscription, and unsubscribe on unmount.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useHostEvents, type HostEventHandlers } from '../../../renderer/hooks/use-host-events';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe({ handlers }: { handlers: HostEventHandlers }) {
  useHostEvents(handlers);
  return null;
}

afterEach(() => {
  delete window.rancang;
});

describe('useHostEvents', () => {
  it('forwards menu actions, closing and recovery notices, and unsubscribes on unmount', async () => {
    const listeners = new Map<string, (p: unknown) => void>();
    window.rancang = {
      call: vi.fn(),
      on: (event, listener) => {
        listeners.set(event, listener);
        return () => listeners.delete(event);
      },
    };
    const handlers = { menu: vi.fn(), closing: vi.fn(), notice: vi.fn() };
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe handlers={handlers} />));
    listeners.get('menu')?.({ action: 'view.compare' });
    listeners.get('menu')?.({ nothing: true });
    listeners.get('app.closing')?.(null);
    listeners.get('recovery.restored')?.({
      message: 'Draf terakhir dipulihkan dari simpanan otomatis pukul 10.15.',
    });
    expect(handlers.menu).toHaveBeenCalledTimes(1);
    expect(handlers.menu).toHaveBeenCalledWith('view.compare');
    expect(handlers.closing).toHaveBeenCalledTimes(1);
    expect(handlers.notice).toHaveBeenCalledWith(
      'Draf terakhir dipulihkan dari simpanan otomatis pukul 10.15.',
    );
    await act(async () => root.unmount());
    expect(listeners.size).toBe(0);
  });

  it('subscribes once, and a re-render with new handlers routes events to the new ones', async () => {
    const listeners = new Map<string, (p: unknown) => void>();
    const on = vi.fn((event: string, listener: (p: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    });
    window.rancang = { call: vi.fn(), on };
    const first = { menu: vi.fn(), closing: vi.fn(), notice: vi.fn() };
    const second = { menu: vi.fn(), closing: vi.fn(), notice: vi.fn() };
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe handlers={first} />));
    await act(async () => root.render(<Probe handlers={second} />));
    listeners.get('menu')?.({ action: 'file.save' });
    expect(on).toHaveBeenCalledTimes(3);
    expect(first.menu).not.toHaveBeenCalled();
    expect(second.menu).toHaveBeenCalledWith('file.save');
    await act(async () => root.unmount());
  });
});
