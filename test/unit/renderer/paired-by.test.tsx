// @vitest-environment jsdom
/**
 * The summary of the Perbandingan tab says how the Pasal were paired where the two texts share
 * no uid: by number (a Perda against its consolidated text after an amendment, read from files:
 * UU 31/1999 and its text after UU 20/2001) or by content (a replacement law: UU 28/1997 and
 * UU 2/2002); a draft against its own base says nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import type { CompareResult } from '../../../src/api/contract';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { initI18n } from '../../../renderer/i18n/index';
import { SummaryBar } from '../../../renderer/panels/compare/SummaryBar';
import { fixturesDir } from '../../helpers/paths';

const read = (f: string) => parseText(fs.readFileSync(path.join(fixturesDir, f), 'utf8')).doc;

/** The summary bar of the comparison of `a` with `b`, as text and the pairing it names. */
function summaryOf(a: ReturnType<typeof read>, b: ReturnType<typeof read>): { pairedBy: string | null; text: string; title: string | null } {
  initI18n();
  const c = compareDocs(a, b);
  const result = { sources: null, rows: [], summary: c.summary, otherSummary: c.summary, babs: [], matchedBy: c.matchedBy } as unknown as CompareResult;
  const html = renderToStaticMarkup(<SummaryBar result={result} formOnly={0} shown={null} onShow={() => undefined} />);
  const el = new DOMParser().parseFromString(html, 'text/html').querySelector('.cmp-paired-by');
  return { pairedBy: el?.getAttribute('data-paired-by') ?? null, text: el?.textContent ?? '', title: el?.getAttribute('title') ?? null };
}

describe('how the Pasal were paired, in the summary', () => {
  const base = read('amend/uu-1999-31-tipikor.txt');

  it('by number: the consolidated text after an amendment, read from a file', () => {
    const consolidated = parseText(consolidatedText(applyInstrument(base, read('amend/uu-2001-20-perubahan-tipikor.txt')).doc)).doc;
    const s = summaryOf(base, consolidated);
    expect(s.pairedBy).toBe('number');
    expect(s.text).toBe('Dipasangkan menurut nomor Pasal');
    expect(s.title).toContain('bukan menurut kata-katanya');
  });

  it('by content: a replacement law numbered afresh', () => {
    const s = summaryOf(read('diff/uu-1997-28-kepolisian.txt'), read('diff/uu-2002-02-kepolisian.txt'));
    expect(s.pairedBy).toBe('content');
    expect(s.text).toBe('Dipasangkan menurut isi');
  });

  it('nothing where the texts share their uids (a draft against its base)', () => {
    const applied = applyInstrument(base, read('amend/uu-2001-20-perubahan-tipikor.txt')).doc;
    expect(summaryOf(base, applied).pairedBy).toBeNull();
  });
});
