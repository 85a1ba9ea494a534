/**
 * A Lampiran kept as text is a paragraph per printed line. Banjarnegara 8/2025's tariff tables
 * set again at 60 columns (as a narrower page or a PDF wraps them) compare line for line with
 * the text as printed: a wrapped line reads as the one line it was, and a tariff changed inside
 * a wrapped line is the one change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { rewrapped } from '../../helpers/relayout';

const text = fs.readFileSync(path.join(corpusDir, 'perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt'), 'utf8');
const lampiranAt = text.search(/^\s*LAMPIRAN I\s*$/m);
/** The text with its Lampiran's lines wrapped at `width` columns. */
const withLampiranAt = (width: number) => text.slice(0, lampiranAt) + rewrapped(text.slice(lampiranAt), width);

describe('a Lampiran whose lines one text wraps', () => {
  const printed = parseText(text).doc;

  it('reads each wrapped line as the line it was', () => {
    const wrapped = withLampiranAt(60);
    const wrappedLines = wrapped.split('\n').length - text.split('\n').length;
    expect(wrappedLines).toBeGreaterThan(1000);
    const rows = compareDocs(printed, parseText(wrapped).doc).lampiran;
    expect(rows.length).toBeGreaterThan(5000);
    const other = rows.filter((r) => r.status !== 'unchanged');
    expect(other.length).toBeLessThan(rows.length / 50);
  });

  it('shows a tariff changed inside a wrapped line as that one change', () => {
    const wrapped = withLampiranAt(60);
    // "7) Pulpa Kaping   Per Tindakan   20.000", wrapped into three lines; its tariff raised.
    const lines = wrapped.split('\n');
    const line = lines.findIndex((l, i) => /^\s*7\) Pulpa Kaping$/.test(l) && /^\s*20\.000$/.test(lines[i + 2] ?? ''));
    expect(line).toBeGreaterThan(0);
    lines[line + 2] = lines[line + 2]!.replace('20.000', '99.000');
    const rows = compareDocs(printed, parseText(lines.join('\n')).doc).lampiran;
    const changed = rows.filter((r) => r.status !== 'unchanged' && r.segments.some((s) => s.op === 'insert' && s.text.includes('99.')));
    expect(changed).toHaveLength(1);
    // The old tariff struck and the new one inserted; the line breaks of the wrap are layout.
    expect(changed[0]!.segments.filter((s) => s.op !== 'equal' && s.text.trim() !== '').map((s) => `${s.op} ${s.text.trim()}`)).toEqual(['delete 20.000', 'insert 99.000']);
  });
});
