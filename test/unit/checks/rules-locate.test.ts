/** The rule table, option filters and mapping a finding back to document positions. */
import { describe, expect, it } from 'vitest';
import { buildPerda } from '../../../src/model/doc-builders';
import { RULES, findingRange, runChecks } from '../../../src/checks';

describe('rule table', () => {
  it('has unique ids, Indonesian titles and citations of drafting-rules.md', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.title.length).toBeGreaterThan(5);
      expect(r.citation).toMatch(/^drafting-rules\.md \d/);
    }
  });

  it('runs only or skips rules on request', () => {
    const doc = buildPerda({ pasal: ['Paling lama 30 (dua puluh) hari; dan', ''] });
    const all = new Set(runChecks(doc).map((f) => f.ruleId));
    expect(all.has('angka-huruf')).toBe(true);
    expect(all.has('unit-kosong')).toBe(true);
    expect(runChecks(doc, { only: ['angka-huruf'] }).map((f) => f.ruleId)).toEqual(['angka-huruf']);
    expect(runChecks(doc, { skip: ['angka-huruf'] }).some((f) => f.ruleId === 'angka-huruf')).toBe(false);
  });
});

describe('findingRange', () => {
  it('maps a span of a unit\'s text to the document, across references and paragraphs', () => {
    const doc = buildPerda({
      pasal: [
        { uid: 'p1', text: 'Ketentuan pertama.' },
        { uid: 'p2', ayat: [{ uid: 'a1', text: 'Ayat pertama.' }, { uid: 'a2', text: ['Sebagaimana dimaksud dalam ', { ref: 'p1', text: 'Pasal 1' }, ' paling lama 30 (dua puluh) hari.'] }] },
      ],
    });
    const found = runChecks(doc).filter((f) => f.uid === 'a2');
    const byRule = Object.fromEntries(found.map((f) => [f.ruleId, f]));
    const mismatch = findingRange(doc, byRule['angka-huruf']!)!;
    expect(doc.textBetween(mismatch.from, mismatch.to)).toBe('30 (dua puluh)');
    expect(findingRange(doc, { uid: 'a2', from: 0, to: 11 })).toSatisfy((r: { from: number; to: number }) => doc.textBetween(r.from, r.to) === 'Sebagaimana');
    expect(findingRange(doc, { uid: 'nothing', from: 0, to: 1 })).toBeNull();
    expect(findingRange(doc, { uid: 'a2' })).toBeNull();
  });
});
