/**
 * Digits as text recognition misreads them in a scanned text: the 1 as a small l, a capital I or
 * L, or a bar, the 0 as a capital O. Shared by the importer (headings, markers, references, page numbers)
 * and the comparison's tokeniser (numbers and amounts).
 */

/** `misread` with its letters read back as the digits they stand for ("2O1l" -> "2011"). */
export function readDigits(misread: string): string {
  return misread.replace(/[lIL|]/g, '1').replace(/O/g, '0');
}
