/**
 * FRBR identification of an exported Perda (AKN naming convention): work
 * `/akn/id/act/perda/kota-batam/2025/1`, expression `.../ind@2025-06-30`, manifestation
 * `.../ind@2025-06-30/!main.xml`. An unnumbered draft uses `rancangan-<uid of the judul>` as its
 * number, so every export of the same draft names the same work.
 */
import type { ResolvedOptions } from '../options';
import { el } from './xml';

/** The FRBR URIs and facts of one export. */
export interface Frbr {
  workUri: string;
  exprUri: string;
  actor: string;
  number: string;
  year: string;
  date: string;
  draft: boolean;
}

/** Lower-case slug of a region name: "KOTA BATAM" -> "kota-batam". */
export function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'daerah';
}

/** The FRBR facts of `opts` for the document whose judul uid is `judulUid`. */
export function frbrOf(opts: ResolvedOptions, judulUid: string): Frbr {
  const draft = opts.draft || !opts.rawNomor;
  const year = /^\d{4}$/.test(opts.rawTahun) ? opts.rawTahun : opts.date.slice(0, 4);
  const number = draft ? `rancangan${judulUid ? `-${slug(judulUid)}` : ''}` : slug(opts.rawNomor);
  const actor = slug(opts.region.name);
  const workUri = `/akn/id/act/perda/${actor}/${year}/${number}`;
  return { workUri, exprUri: `${workUri}/ind@${opts.date}`, actor, number, year, date: opts.date, draft };
}

/**
 * The `<meta>` of a document. `component` names a part ("main", "penjelasan", "lampiran-1");
 * only the main part carries the `references` (their eIds must be unique in the whole act).
 */
export function metaXml(f: Frbr, name: string, regionName: string, component = 'main'): string {
  const work = f.workUri;
  const expr = f.exprUri;
  const dateName = f.draft ? 'rancangan' : 'penetapan';
  return el(
    'meta',
    {},
    el(
      'identification',
      { source: '#rancang' },
      el(
        'FRBRWork',
        {},
        el('FRBRthis', { value: `${work}/!${component}` }),
        el('FRBRuri', { value: work }),
        el('FRBRdate', { date: f.date, name: dateName }),
        el('FRBRauthor', { href: `#${f.actor}` }),
        el('FRBRcountry', { value: 'id' }),
        el('FRBRsubtype', { value: 'perda' }),
        el('FRBRnumber', { value: f.number }),
        el('FRBRname', { value: name }),
      ),
      el(
        'FRBRExpression',
        {},
        el('FRBRthis', { value: `${expr}/!${component}` }),
        el('FRBRuri', { value: expr }),
        el('FRBRdate', { date: f.date, name: 'ekspor' }),
        el('FRBRauthor', { href: '#rancang' }),
        el('FRBRlanguage', { language: 'ind' }),
      ),
      el(
        'FRBRManifestation',
        {},
        el('FRBRthis', { value: `${expr}/!${component}.xml` }),
        el('FRBRuri', { value: `${expr}.akn` }),
        el('FRBRdate', { date: f.date, name: 'ekspor' }),
        el('FRBRauthor', { href: '#rancang' }),
      ),
    ),
    component !== 'main' ? '' : el(
      'references',
      { source: '#rancang' },
      el('TLCOrganization', { eId: 'rancang', href: '/ontology/organization/rancang', showAs: 'Rancang' }),
      el('TLCOrganization', { eId: f.actor, href: `/ontology/organization/id/${f.actor}`, showAs: regionName }),
    ),
  );
}
