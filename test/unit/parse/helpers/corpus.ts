/**
 * Corpus access for the importer tests: the six real Perda texts and their expected outlines
 * (golden fixtures, committed, checked against the texts by reading them).
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { corpusDir, fixturesDir } from '../../../helpers/paths';
import type { Outline } from '../../../../src/parse/types';

/** The corpus texts, by file name. */
export const CORPUS_FILES = [
  'perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt',
  'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt',
  'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt',
  'perda-prov-sulut-2014-04-minuman-beralkohol.txt',
  'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt',
  'perda-prov-sulut-2018-02-perubahan-rpjmd.txt',
] as const;

/** Text of a corpus file. */
export function corpusText(file: string): string {
  return readFileSync(path.join(corpusDir, file), 'utf8');
}

/** Folder of the importer fixtures. */
export const parseFixtures = path.join(fixturesDir, 'parse');

const goldenPath = (file: string) => path.join(parseFixtures, 'golden', file.replace(/\.txt$/, '.outline.json'));

/** The committed expected outline of a corpus file (written when UPDATE_GOLDEN=1). */
export function golden(file: string, actual: Outline): Outline {
  const p = goldenPath(file);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(p)) {
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, `${JSON.stringify(actual, null, 2)}\n`);
  }
  return JSON.parse(readFileSync(p, 'utf8')) as Outline;
}

/** The parts of an outline a golden test compares (diagnostics by line and code only). */
export function comparable(o: Outline): unknown {
  return { ...o, diagnostics: o.diagnostics.map((d) => `${d.line ?? '-'}:${d.code ?? ''}`) };
}
