/**
 * A Perda as a region publishes it: a PDF set as the printed Perda is set (a proportional font,
 * justified lines, hanging markers, page numbers), not a text file. Rancang's own print of three
 * corpus texts and of two national laws outside the corpus (UU 20/2001, whose change items name
 * the Pasal they insert with the letter apart, "Pasal 38 A, Pasal 38 B, dan …", where a line may
 * wrap; UU 28/1997, whose Pasal 15 opens with a sentence ending in ":" before its ayat (1); UU
 * 22/1997, whose text runs two items into the one before them, and UU 35/2009; UU 8/1992, whose
 * last Pasal has the perintah pengundangan run into its line; UU 10/2004 and UU 12/2011, whose
 * new text abbreviates what the old wrote out; UU 9/1995 and UU 20/2008, rewritten under a new
 * name; the Telekomunikasi, PNBP, Ormas and Ketenagalistrikan pairs, run together by a web page), by
 * Chromium, and the same texts through its Word file and LibreOffice, are read
 * back by the PDF reader (and as `pdftotext -raw` and `-layout` take their text): every unit compares with the text unchanged, and the Surabaya,
 * Kepolisian, Narkotika, Pembentukan Peraturan Perundang-undangan, UMKM, Telekomunikasi, PNBP, Ormas and Ketenagalistrikan pairs compare as PDFs as they do as texts (the same rows, the same summary; the last six pairs' similarity figures aside, below).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import type { Comparison } from '../../../src/diff/types';
import { exportDocx } from '../../../src/export/export-docx';
import { exportPdf } from '../../../src/export/export-pdf';
import { parseText } from '../../../src/parse';
import { importFile } from '../../../src/parse/import-file';
import { corpusDir, fixturesDir } from '../../helpers/paths';
import { makeTmpDir } from '../../helpers/tmp-dir';
import { toolsAvailable } from '../export/tools';

const OLD = 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt';
const NEW = 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt';
const INSTRUMENT = 'uu-2001-20-perubahan-tipikor.txt';
/** A Pasal that opens with a sentence before its ayat (1), set as a paragraph of its own in the print: "Dalam rangka … Pasal 14:" / "(1) Kepolisian Negara … berwenang :". */
const LEAD_SENTENCE = 'uu-1997-28-kepolisian.txt';
/** The law that replaced UU 28/1997 (a replacement pair outside the corpus, test/fixtures/diff). */
const LEAD_SENTENCE_NEW = 'uu-2002-02-kepolisian.txt';
/** Items a web page ran into the one before them ("…; dan c. …"), which a print sets apart wherever a wrapped line starts with the marker. */
const RUN_IN = 'uu-1997-22-narkotika.txt';
/** The law that replaced UU 22/1997. */
const RUN_IN_NEW = 'uu-2009-35-narkotika.txt';
/** A last Pasal with the perintah pengundangan run into its line ("… diundangkan. Agar setiap orang …"), which a print wraps after "orang". */
const CLOSING_RUN_IN = 'uu-1992-08-perfilman.txt';
/** A pair whose new text abbreviates what the old one wrote out ("… yang selanjutnya disingkat DPR"), its chapter titles alike. */
const ABBREVIATED_OLD = 'uu-2004-10-pembentukan-puu.txt';
const ABBREVIATED_NEW = 'uu-2011-12-pembentukan-puu.txt';
/** A pair rewritten under a new name, its old text's amounts broken after "Rp." by the web page. */
const RENAMED_OLD = 'uu-1995-09-usaha-kecil.txt';
const RENAMED_NEW = 'uu-2008-20-umkm.txt';
/**
 * Pairs whose texts a web page ran together, read back from their prints as from their texts:
 * an ayat (1) whose words follow its marker with no space and the ayat run in after it ("(1)Pemakai
 * …"), items joined by "dan atau" or a recognised "dan / a tau", a letterhead run into the lines
 * of a recognised print ("PRES I DEN"), a print with no signature block, whose Lembaran line
 * had been read as words of the last Pasal, and an ayat (1) behind a stray bracket ("[ (1) …").
 */
const RUN_TOGETHER_PAIRS = [
  ['Telekomunikasi (UU 3/1989 -> UU 36/1999)', 'uu-1989-03-telekomunikasi.txt', 'uu-1999-36-telekomunikasi.txt'],
  ['PNBP (UU 20/1997 -> UU 9/2018)', 'uu-1997-20-pnbp.txt', 'uu-2018-09-pnbp.txt'],
  ['Ormas (UU 8/1985 -> UU 17/2013)', 'uu-1985-08-ormas.txt', 'uu-2013-17-ormas.txt'],
  ['Ketenagalistrikan (UU 15/1985 -> UU 30/2009)', 'uu-1985-15-ketenagalistrikan.txt', 'uu-2009-30-ketenagalistrikan.txt'],
] as const;
const FILES = [OLD, NEW, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt', INSTRUMENT, LEAD_SENTENCE, LEAD_SENTENCE_NEW, RUN_IN, RUN_IN_NEW, CLOSING_RUN_IN, ABBREVIATED_OLD, ABBREVIATED_NEW, RENAMED_OLD, RENAMED_NEW, ...RUN_TOGETHER_PAIRS.flatMap(([, old, neu]) => [old, neu])];
const PRINTS = ['chromium', 'libreoffice'] as const;

/** Where a text is: the corpus holds the Perda; the laws are fixtures, the instrument among the amendments, the rest among the pairs. */
const source = (f: string) => (f.startsWith('perda-') ? path.join(corpusDir, f) : path.join(fixturesDir, f === INSTRUMENT ? 'amend' : 'diff', f));
const text = (f: string) => parseText(fs.readFileSync(source(f), 'utf8')).doc;

/** Every row that is not unchanged, by its labels and status. */
function changes(c: Comparison): string[] {
  const rows = [...c.pasal, ...c.konsiderans, ...c.dasarHukum, ...c.headings, ...c.penjelasan, ...c.judul, ...c.diktum, ...c.penutup];
  return rows.filter((r) => r.status !== 'unchanged').map((r) => `${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}: ${r.status}`);
}

describe.runIf(toolsAvailable('/usr/bin/chromium', 'libreoffice', 'pdftotext'))('a corpus text printed as a PDF and read back', () => {
  const tmp = makeTmpDir('printed-pdf');
  const pdf = (f: string, print: (typeof PRINTS)[number]) => path.join(tmp.path, f.replace(/\.txt$/, print === 'chromium' ? '-chromium.pdf' : '.pdf'));

  beforeAll(async () => {
    for (const f of FILES) {
      fs.writeFileSync(pdf(f, 'chromium'), await exportPdf(text(f)));
      const docx = path.join(tmp.path, f.replace(/\.txt$/, '.docx'));
      fs.writeFileSync(docx, await exportDocx(text(f)));
    }
    const docs = FILES.map((f) => path.join(tmp.path, f.replace(/\.txt$/, '.docx')));
    execFileSync('libreoffice', [`-env:UserInstallation=file://${tmp.path}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', tmp.path, ...docs], { stdio: 'ignore', timeout: 170_000 });
  }, 300_000);

  afterAll(() => tmp.cleanup());

  it.each(FILES.flatMap((f) => PRINTS.map((print) => [f, print] as const)))('%s printed by %s compares with its text unchanged', async (f, print) => {
    const imported = await importFile(pdf(f, print));
    const c = compareDocs(text(f), imported.doc);
    // An amending instrument has its Pasal I and II; the Perda and laws their twenty and more.
    expect(c.pasal.length).toBeGreaterThan(f === INSTRUMENT ? 1 : 19);
    expect(changes(c)).toEqual([]);
  });

  // Other ways a PDF's text is taken: `pdftotext -raw` (the text in the order it was written, no
  // layout spaces, no indentation) and `pdftotext -layout` (as the corpus texts were taken from the
  // regions' PDFs). Its default mode is no way: it scrambles the words of justified lines
  // ("masyarakat, perkembangan karena itu kebutuhan perlu diganti hukum"). With -layout, a print
  // whose capitals are kerned came apart between them ("DENGAN R AHMAT TUHAN", "PER ATUR AN
  // DAER AH"), so the print sets no kerning.
  it.each(FILES.flatMap((f) => PRINTS.flatMap((print) => (['-raw', '-layout'] as const).map((mode) => [f, print, mode] as const))))('%s printed by %s and taken by `pdftotext %s` compares with its text unchanged', (f, print, mode) => {
    const raw = execFileSync('pdftotext', [mode, pdf(f, print), '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const c = compareDocs(text(f), parseText(raw).doc);
    expect(c.pasal.length).toBeGreaterThan(f === INSTRUMENT ? 1 : 19);
    expect(changes(c)).toEqual([]);
  });

  // The web page's texts of the last six pairs split words at a hyphen and a space ("Perundang-
  // undangan", "Undang- Undang") that their prints join: the same text, its fingerprints a shade
  // apart, so their rows are held to everything but the similarity figure.
  it.each([['Surabaya', OLD, NEW, true], ['Kepolisian (UU 28/1997 -> UU 2/2002)', LEAD_SENTENCE, LEAD_SENTENCE_NEW, true], ['Narkotika (UU 22/1997 -> UU 35/2009)', RUN_IN, RUN_IN_NEW, true], ['Pembentukan Peraturan Perundang-undangan (UU 10/2004 -> UU 12/2011)', ABBREVIATED_OLD, ABBREVIATED_NEW, false], ['Usaha Kecil / UMKM (UU 9/1995 -> UU 20/2008)', RENAMED_OLD, RENAMED_NEW, false], ...RUN_TOGETHER_PAIRS.map(([name, old, neu]) => [name, old, neu, false] as const)] as const)('compares the %s pair as PDFs as it compares the texts', async (_name, old, neu, sameFigures) => {
    const rows = (c: Comparison) => comparisonToJson(c).units.map((u) => (sameFigures ? u : { ...u, similarity: undefined }));
    const asText = compareDocs(text(old), text(neu));
    for (const print of PRINTS) {
      const asPdf = compareDocs((await importFile(pdf(old, print))).doc, (await importFile(pdf(neu, print))).doc);
      expect(rows(asPdf)).toEqual(rows(asText));
      expect(asPdf.summary).toEqual(asText.summary);
    }
  });
});
