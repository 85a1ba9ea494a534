/**
 * The canonical text of a token run (keys joined, hyphens between words left out) and its length,
 * which `sameCanonical` checks first so that runs of other lengths are never joined into strings.
 * Words from the real Surabaya 2018 Pasal 1 ("peme- rintah" split over a line end, "rambu-rambu").
 */
import { describe, expect, it } from 'vitest';
import { canonicalLength, canonicalOf, sameCanonical, tokenize, type Token } from '../../../src/diff/tokenize';

const upper = (t: Token) => t.k.toUpperCase();
const runs = [
  'Pemerintah Daerah adalah Wali Kota sebagai unsur penyelenggara Pemerintahan Daerah',
  'Peme- rintah Daerah adalah Wali Kota sebagai unsur penyelenggara Pemerintahan Daerah',
  'rambu-rambu lalu lintas sebagaimana dimaksud dalam Pasal 5 ayat (2) dan Pasal 7',
  'rambu- rambu lalu lintas sebagaimana dimaksud dalam Pasal 5 ayat (2) - Pasal 7',
];

describe('canonical text of a token run', () => {
  it('its length is the length of the text, with the own keys, a key array or a key function', () => {
    for (const r of runs) {
      const t = tokenize(r);
      expect(canonicalLength(t)).toBe(canonicalOf(t).length);
      const keys = t.map((x) => `${x.k}#`);
      expect(canonicalLength(t, keys)).toBe(canonicalOf(t, keys).length);
      expect(canonicalLength(t, upper)).toBe(canonicalOf(t, upper).length);
    }
  });

  it('two runs are the same exactly when their canonical texts are equal', () => {
    const t = runs.map((r) => tokenize(r));
    for (const a of t) for (const b of t) expect(sameCanonical(a, undefined, b)).toBe(canonicalOf(a) === canonicalOf(b));
    // A hyphen split over a line end reads as the word.
    expect(sameCanonical(t[0] as Token[], undefined, t[1] as Token[])).toBe(true);
    // Same length, other text: still told apart.
    const x = tokenize('ayat (2) dan ayat (3)');
    const y = tokenize('ayat (3) dan ayat (2)');
    expect(canonicalLength(x)).toBe(canonicalLength(y));
    expect(sameCanonical(x, undefined, y)).toBe(false);
    expect(sameCanonical(x, upper, y, upper)).toBe(false);
  });
});
