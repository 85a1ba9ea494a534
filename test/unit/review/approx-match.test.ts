import { describe, expect, it } from 'vitest';
import { approxSearch, editDistance } from '../../../src/review/approx-match';
import { matchQuote } from '../../../src/review/match-quote';

/** Fewest edits of `p` ending at each end position of `t` (naive Sellers DP). */
function naiveEnds(t: string, p: string): number[] {
  let col = Array.from({ length: p.length + 1 }, (_, i) => i);
  const out = [p.length];
  for (let j = 1; j <= t.length; j++) {
    const next = [0];
    for (let i = 1; i <= p.length; i++) {
      next[i] = Math.min(col[i - 1]! + (p[i - 1] === t[j - 1] ? 0 : 1), col[i]! + 1, next[i - 1]! + 1);
    }
    col = next;
    out.push(col[p.length]!);
  }
  return out;
}

function rng(seed: number) {
  let a = seed;
  return () => ((a = (a * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('approximate search (Myers bit-parallel)', () => {
  it('agrees with the naive dynamic programme on random texts, short and multi-block patterns', () => {
    const r = rng(7);
    const word = (n: number) => Array.from({ length: n }, () => 'abcd'[Math.floor(r() * 4)]).join('');
    for (let trial = 0; trial < 60; trial++) {
      const m = trial % 3 === 0 ? 5 + Math.floor(r() * 20) : 33 + Math.floor(r() * 70);
      const t = word(40 + Math.floor(r() * 200));
      const p = word(m);
      const k = Math.floor(m / 4);
      const ends = naiveEnds(t, p);
      const minimum = Math.min(...ends.slice(1));
      const found = approxSearch(t, p, k);
      if (minimum > k) expect(found).toEqual([]);
      else {
        expect(found.length).toBeGreaterThan(0);
        for (const f of found) {
          expect(ends[f.end]).toBeLessThanOrEqual(k);
          expect(editDistance(p, t.slice(f.start, f.end))).toBe(f.errors);
        }
        expect(Math.min(...found.map((f) => f.errors))).toBe(minimum);
      }
    }
  });

  it('returns every exact occurrence first and finds a quote with a changed word', () => {
    expect(approxSearch('ayat satu, ayat dua', 'ayat', 1).map((m) => m.start)).toEqual([0, 11]);
    const text = 'Pemerintah Daerah wajib menyediakan tempat parkir bagi penyandang disabilitas.';
    const m = matchQuote(text, { exact: 'wajib menyiapkan tempat parkir', prefix: 'Daerah ', suffix: ' bagi' });
    expect(m && text.slice(m.start, m.end)).toBe('wajib menyediakan tempat parkir');
  });

  it('refuses matches beyond 20% edits, and short quotes must match exactly', () => {
    const text = 'dikenai sanksi administratif berupa denda';
    expect(matchQuote(text, { exact: 'dikenai sanksi administratif berupa teguran tertulis', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote('wajar', { exact: 'wajib', prefix: '', suffix: '' })).toBeNull();
  });

  it('ranks equal candidates by their context', () => {
    const text = 'Wali Kota menetapkan tarif. Dinas menetapkan tarif parkir.';
    const m = matchQuote(text, { exact: 'menetapkan tarif', prefix: 'Dinas ', suffix: ' parkir' });
    expect(m?.start).toBe(text.indexOf('Dinas ') + 6);
  });
});
