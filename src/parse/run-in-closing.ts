/**
 * The formulas of the kerangka run into the line before them, as a web page's text gives them:
 * the perintah pengundangan ("… mulai berlaku pada tanggal diundangkan. Agar setiap orang
 * mengetahuinya, memerintahkan pengundangan …", UU 8/1992 Pasal 47), the signature blocks
 * ("… Lembaran Negara Republik Indonesia. Disahkan di Jakarta …") and the persetujuan ("… Tahun
 * 1945; Dengan Persetujuan Bersama DEWAN PERWAKILAN RAKYAT …", UU 12/2011), set on lines of their
 * own: the structure reader knows each only where it opens a line, so the last Pasal kept the
 * formula as its own words, or the last Mengingat item the persetujuan, and the comparison read
 * them changed.
 */
import { lineInPieces } from './line-pieces';
import type { SourceLine } from './types';

/**
 * Where a formula runs in: after a sentence's end, before "Agar setiap orang mengetahuinya" (a
 * law's "Agar setiap orang dapat mengetahuinya", an older one's "Agar supaya setiap orang …"; or
 * "Agar setiap orang" ending the line, as a print wraps it), "Ditetapkan di", "Disahkan di",
 * "Diundangkan di", "Dengan Persetujuan Bersama" or "Dengan Persetujuan DEWAN PERWAKILAN RAKYAT".
 */
const RUN_IN_CLOSING = /(?<=[.;])\s+(?=(?:Agar\s+(?:supaya\s+)?setiap\s+orang(?:\s+dapat)?(?:\s+mengetahuinya|\s*$)|(?:Ditetapkan|Disahkan|Diundangkan)\s+di\s+\p{Lu}|Dengan\s+[Pp]ersetujuan\s+(?:Bersama\b|DEWAN\s+PERWAKILAN\s+RAKYAT\b)))/u;

/**
 * Where the diktum runs in (UU 12/1994: "… Dengan persetujuan DEWAN PERWAKILAN RAKYAT REPUBLIK
 * INDONESIA MEMUTUSKAN : Menetapkan : UNDANG-UNDANG TENTANG PERUBAHAN … Pasal I Mengubah …" on
 * one line): before "MEMUTUSKAN :" and "Menetapkan :", before an instrument's "Pasal I" right
 * after the title the Menetapkan line names in capitals, and after that "Pasal I".
 */
const RUN_IN_DIKTUM = /\s+(?=MEMUTUSKAN\s*:|Menetapkan\s*:)|(?<=^Menetapkan\s*:[^a-z]*\p{Lu}{2,}\.?)\s+(?=Pasal\s+I\s+\p{Lu})|(?<=^Pasal\s+I)\s+(?=\p{Lu}\p{Ll})/u;

/** The lines with each formula run into the line before it set on a line of its own. */
export function splitRunInClosing(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const pieces = line.text.split(RUN_IN_CLOSING).flatMap((piece) => splitDiktum(piece));
    if (pieces.length > 1) out.push(...lineInPieces(line, pieces));
    else out.push(line);
  }
  return out;
}

/** `text` cut where the diktum runs in (`RUN_IN_DIKTUM`), each cut after the one before. */
function splitDiktum(text: string): string[] {
  const m = RUN_IN_DIKTUM.exec(text);
  if (!m || m.index === 0) return [text];
  return [text.slice(0, m.index), ...splitDiktum(text.slice(m.index + m[0].length))];
}
