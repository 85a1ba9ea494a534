// @vitest-environment jsdom
/**
 * The Perbandingan table says under "Keterangan" how the Pasal were paired where the two texts
 * share no uid: by number (a Perda against its consolidated text after an amendment, read from
 * files: UU 31/1999 and its text after UU 20/2001) or by content (a replacement law: UU 28/1997
 * and UU 2/2002); a draft against its own base says nothing there.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { initI18n } from '../../../renderer/i18n/index';
import { CompareTable } from '../../../renderer/panels/compare/CompareTable';
import { fixturesDir } from '../../helpers/paths';

const read = (f: string) => parseText(fs.readFileSync(path.join(fixturesDir, f), 'utf8')).doc;

/** The Keterangan heading of the table comparing `a` with `b`, laid out as the panel lays it out. */
function heading(a: Node, b: Node): { pairedBy: string | null; text: string; title: string | null } {
  const i18n = initI18n();
  const m = compareDocs(a, b).matchedBy;
  const html = renderToStaticMarkup(
    <CompareTable rows={[]} count={0} currentKey={null} columns={{ old: 'Lama', new: 'Baru' }} pairedBy={m === 'number' || m === 'content' ? m : null}
      text={{ t: i18n.t, del: '', ins: '', former: () => '', later: () => '', absent: '', stageNames: null }}
      onRowClick={() => undefined} oldIsBase={false} oldThreads={new Map()} onShowThread={() => undefined} />,
  );
  const th = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('thead th')].at(-1);
  const el = th?.querySelector('.cmp-paired-by');
  return { pairedBy: el?.getAttribute('data-paired-by') ?? null, text: th?.textContent ?? '', title: el?.getAttribute('title') ?? null };
}

describe('how the Pasal were paired, under Keterangan', () => {
  const base = read('amend/uu-1999-31-tipikor.txt');

  it('by number: the consolidated text after an amendment, read from a file', () => {
    const consolidated = parseText(consolidatedText(applyInstrument(base, read('amend/uu-2001-20-perubahan-tipikor.txt')).doc)).doc;
    const h = heading(base, consolidated);
    expect(h.pairedBy).toBe('number');
    expect(h.text).toBe('Keterangandipasangkan menurut nomor Pasal');
    expect(h.title).toContain('bukan menurut kata-katanya');
  });

  it('by content: a replacement law numbered afresh', () => {
    const h = heading(read('diff/uu-1997-28-kepolisian.txt'), read('diff/uu-2002-02-kepolisian.txt'));
    expect(h.pairedBy).toBe('content');
    expect(h.text).toBe('Keterangandipasangkan menurut isi');
  });

  it('nothing where the texts share their uids (a draft against its base)', () => {
    const applied = applyInstrument(base, read('amend/uu-2001-20-perubahan-tipikor.txt')).doc;
    const h = heading(base, applied);
    expect(h.pairedBy).toBeNull();
    expect(h.text).toBe('Keterangan');
  });
});
