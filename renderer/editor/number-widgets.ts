/**
 * DOM builders of the non-editable labels the editor prints around the text: unit numbers
 * ("BAB II", "Pasal 7", "(1)", "a."), "Dihapus.", the Judul head and the Menimbang/Mengingat
 * labels. Each carries a class the stylesheet lays out.
 */
import { LEGAL_TEXT } from './legal-text';

function el(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  e.setAttribute('contenteditable', 'false');
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The number label of a unit, with "Dihapus." after it when the unit is deleted. */
export function unitLabel(type: string, marker: string, deleted: boolean, uid: string): HTMLElement {
  const block = type === 'ayat' || type === 'item' ? 'span' : 'div';
  const e = el(block, `unit-num unit-num-${type}`);
  e.dataset.uid = uid;
  e.append(el('span', 'unit-marker', marker));
  if (deleted) e.append(el('span', 'unit-deleted', ` ${LEGAL_TEXT.dihapus}`));
  return e;
}

/** The lines printed above the name in the Judul: RANCANGAN, prefix, NOMOR … TAHUN …, TENTANG. */
export function judulHead(prefix: string, nomor: string, tahun: string): HTMLElement {
  const e = el('div', 'judul-head');
  if (!nomor) e.append(el('div', 'judul-line judul-rancangan', LEGAL_TEXT.rancangan));
  if (prefix) e.append(el('div', 'judul-line', prefix));
  e.append(el('div', 'judul-line', LEGAL_TEXT.nomorTahun(nomor, tahun)));
  e.append(el('div', 'judul-line', LEGAL_TEXT.tentang));
  return e;
}

/** The side label of the Menimbang / Mengingat block. */
export function sideLabel(text: string): HTMLElement {
  const e = el('span', 'side-label');
  e.append(el('span', 'side-label-word', text), el('span', 'side-label-colon', ':'));
  return e;
}

/** A centred heading line that is not part of the text (e.g. "PENJELASAN", "LAMPIRAN I"). */
export function printedHeading(text: string, className = ''): HTMLElement {
  return el('div', `printed-heading ${className}`.trim(), text);
}
