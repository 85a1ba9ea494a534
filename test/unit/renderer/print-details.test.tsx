// @vitest-environment jsdom
/**
 * A printed three-way comparison shows each stage's words: the closed "Perubahan per tahap"
 * opens while the window prints and closes after; one the reader opened stays open.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { usePrintDetails } from '../../../renderer/panels/compare/use-print-details';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe() {
  usePrintDetails('details.cmp-steps');
  return (
    <>
      <details className="cmp-steps" data-n="1"><summary>Perubahan per tahap</summary>a</details>
      <details className="cmp-steps" data-n="2" open><summary>Perubahan per tahap</summary>b</details>
      <details className="other" data-n="3"><summary>lain</summary>c</details>
    </>
  );
}

describe('usePrintDetails', () => {
  it('opens the closed steps for printing and closes them after; others untouched', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<Probe />));
    const open = () => [...host.querySelectorAll('details')].map((d) => d.open);
    expect(open()).toEqual([false, true, false]);
    window.dispatchEvent(new Event('beforeprint'));
    expect(open()).toEqual([true, true, false]);
    window.dispatchEvent(new Event('afterprint'));
    expect(open()).toEqual([false, true, false]);
    await act(async () => root.unmount());
    // Unmounted: printing no longer touches the page.
    const left = document.createElement('details');
    left.className = 'cmp-steps';
    host.append(left);
    window.dispatchEvent(new Event('beforeprint'));
    expect(left.open).toBe(false);
  });
});
