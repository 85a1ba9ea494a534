/**
 * Citations of a Pasal that was split or merged. On the real Surabaya 3/2018 text, Pasal 13 is
 * split: its ayat (3) becomes a Pasal 14 of its own, every later Pasal is renumbered and every
 * citation follows, as a careful drafter makes it. Pasal 33 and 34 went on citing "Pasal 13" (the
 * first piece, which keeps the number): that citation followed the split, so they read renumbered,
 * not changed, and no redline strikes "Pasal 13" only to insert "Pasal 13" again. The Penjelasan
 * entry of the old Pasal 13 stays with the first piece too, and the new Pasal 14's is inserted.
 * On the real Sulawesi Utara 4/2014 text, Pasal 26 (one sentence) is merged into Pasal 27 as its
 * first ayat while a new Pasal 3 renumbers everything after it: a citation of the old Pasal 26,
 * the smaller piece, now names the merged Pasal 27, and reads as followed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import type { Comparison } from '../../../src/diff/types';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { once, original as sulut } from './sulut-edits';

const original = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');

/** `text` with every "Pasal N" from the body on (headings, citations, Penjelasan entries) renumbered by `renumber`. */
function renumbered(text: string, renumber: (n: number) => number): string {
  const body = /^\s*BAB I\s*$/m.exec(text)?.index ?? -1;
  expect(body).toBeGreaterThan(0);
  return text.slice(0, body) + text.slice(body).replace(/\b(Pasal\s+)(\d+)\b/g, (_m, word: string, n: string) => `${word}${renumber(Number(n))}`);
}

/** Pasal 13's ayat (3) made a Pasal 14 of its own (with its Penjelasan entry), the later Pasal renumbered. */
function withPasal13Split(): string {
  const text = renumbered(original, (n) => (n >= 14 ? n + 1 : n));
  const split = once(text, '(3)   Penetapan lokasi Tempat Parkir sebagaimana dimaksud\n      pada ayat (2) harus memperhatikan:', '                     Pasal 14\n\nPenetapan lokasi Tempat Parkir sebagaimana dimaksud\n      dalam Pasal 13 ayat (2) harus memperhatikan:');
  return once(split, 'Pasal 13          : cukup jelas\n', 'Pasal 13          : cukup jelas\n\nPasal 14          : cukup jelas\n');
}

/** Sulut with Pasal 28 ayat (1) citing Pasal 26 (as the old text). */
const sulutCiting = once(sulut, 'dalam pengendalian peredaran minuman beralkohol.\n', 'dalam pengendalian peredaran minuman beralkohol dan penanggulangan\n      mabuk sebagaimana dimaksud dalam Pasal 26.\n');

/** `sulutCiting` with a new Pasal 3 and Pasal 26 merged into Pasal 27 as its ayat (1); numbers and citations follow. */
function withPasal26Merged(): string {
  const body = /^\s*BAB I\s*$/m.exec(sulutCiting)!.index;
  const merged = once(
    once(sulutCiting, 'cara preventif, represif dan rehabilitasi.\n\n\n                               Pasal 27\n\n(1)   Setiap orang yang mengalami', 'cara preventif, represif dan rehabilitasi.\n(1a)  Setiap orang yang mengalami'),
    'Pasal 26\nPenanggulangan',
    'Pasal 26\n(1)   Penanggulangan',
  );
  // After a new Pasal 3 every number goes up by one, but the merge takes one away again from Pasal 28 on.
  const renumbered = merged.slice(0, body) + merged.slice(body).replace(/\b([Pp]asal\s+)(\d+)\b/g, (_m, word: string, n: string) => `${word}${Number(n) >= 3 && Number(n) <= 26 ? Number(n) + 1 : n}`);
  return once(renumbered, '                                    BAB III', '                                    Pasal 3\n\nPeraturan Daerah ini berlaku bagi setiap orang di wilayah Provinsi.\n\n                                    BAB III');
}

const compareWith = (text: string, old = original) => compareDocs(parseText(old).doc, parseText(text).doc);
const rows = (c: Comparison) => c.pasal.filter((r) => r.status !== 'unchanged' && r.status !== 'renumbered').map((r) => `${r.status} ${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}`);

/** Redline pieces that strike a text only to insert the same text again. */
function strikesAndRestores(c: Comparison): string[] {
  return c.pasal.flatMap((r) => r.parts.flatMap((p) => p.segments.flatMap((s, i) => {
    const next = p.segments[i + 1];
    return s.op === 'delete' && next?.op === 'insert' && s.text.trim() === next.text.trim() ? [`${p.new?.label}: ${s.text.trim()}`] : [];
  })));
}

describe('citations of a split or merged Pasal (real Surabaya 3/2018 and Sulawesi Utara 4/2014 texts)', () => {
  it('a Pasal split in two: the citations of it that name the first piece read as followed', () => {
    const c = compareWith(withPasal13Split());
    expect(rows(c)).toEqual(['split Pasal 13 -> Pasal 13', 'split Pasal 13 -> Pasal 14']);
    expect(c.summary).toMatchObject({ changed: 0, renumbered: 28, unchanged: 12 });
    expect(c.pasal.find((r) => r.old?.label === 'Pasal 33')?.new?.label).toBe('Pasal 34');
    expect(strikesAndRestores(c)).toEqual([]);
  });

  it('the old Pasal 13\'s Penjelasan entry stays with its first piece; the new Pasal 14\'s entry is the inserted one', () => {
    const c = compareWith(withPasal13Split());
    const entries = c.penjelasan.filter((r) => r.status !== 'unchanged' || r.old?.label === 'Penjelasan Pasal 13').slice(0, 3).map((r) => `${r.status} ${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}`);
    expect(entries).toEqual(['unchanged Penjelasan Pasal 13 -> Penjelasan Pasal 13', 'inserted - -> Penjelasan Pasal 14', 'renumbered Penjelasan Pasal 14 -> Penjelasan Pasal 15']);
    expect(c.penjelasan.filter((r) => r.status === 'inserted' || r.status === 'deleted')).toHaveLength(1);
  });


  it('two Pasal merged: a citation of the smaller piece names the merged Pasal, and reads as followed', () => {
    const c = compareWith(withPasal26Merged(), sulutCiting);
    expect(rows(c)).toEqual(['inserted - -> Pasal 3', 'merged Pasal 26 -> Pasal 27']);
    expect(c.pasal.find((r) => r.old?.label === 'Pasal 28')?.status).toBe('unchanged');
    expect(strikesAndRestores(c)).toEqual([]);
  });
});
