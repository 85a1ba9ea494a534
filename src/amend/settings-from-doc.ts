/**
 * Amendment settings when no project gives them (CLI on two text files): the region and the
 * base citation read from the base document's Judul, jabatan and penutup; anything not found is
 * left empty and printed as "…" in the instrument.
 */
import type { Node } from 'prosemirror-model';
import { BATAM_REGION } from '../api/region-defaults';
import { titleCase } from '../model/region-values';
import type { AmendSettings } from './types';

/** Settings derived from a base document. */
export function settingsFromDoc(base: Node): AmendSettings {
  const judul = base.firstChild?.type.name === 'judul' ? base.firstChild : null;
  const prefix = String(judul?.attrs.prefix ?? '').trim();
  const name = /^PERATURAN\s+DAERAH\s+(.+)$/i.exec(prefix)?.[1]?.trim().toUpperCase();
  let head = '';
  let place = '';
  base.descendants((n) => {
    if (n.type.name === 'jabatan' && !head) head = n.textContent.replace(/,\s*$/, '').trim();
    if (n.type.name === 'para' && n.attrs.role === 'ditetapkan' && !place)
      place =
        /Ditetapkan\s+di\s+([A-Za-z .'-]+?)(?:\s*(?:pada|Pada)\b|$)/
          .exec(n.textContent)?.[1]
          ?.trim() ?? '';
    return true;
  });
  const lembaran = (() => {
    let t = '';
    base.descendants((n) => {
      if (n.type.name === 'para' && n.attrs.role === 'lembaranDaerah') t = n.textContent;
      return !t;
    });
    return /NOMOR\s+(\S+)/i.exec(t)?.[1] ?? '';
  })();
  const region = name
    ? {
        ...BATAM_REGION,
        name,
        head: head.toUpperCase() || BATAM_REGION.head,
        place: place || titleCase(name.split(/\s+/).slice(-1)[0] ?? ''),
        gazette: `Lembaran Daerah ${titleCase(name)}`,
        secretary: `SEKRETARIS DAERAH ${name}`,
        province: '',
      }
    : BATAM_REGION;
  const tahun = String(judul?.attrs.tahun ?? '').trim();
  return {
    region,
    baseCitation: {
      nomor: String(judul?.attrs.nomor ?? '').trim(),
      tahun,
      title: titleCase((judul?.textContent ?? '').trim()),
      gazetteYear: tahun,
      gazetteNo: lembaran,
      supplementNo: '',
    },
    amendmentCount: 0,
  };
}
