/**
 * Akoma Ntoso 3.0 export of a Perda document (`act name="perda"`): FRBR identification for the
 * region, preface (judul), preamble (frasa, jabatan, konsiderans as recitals, dasar hukum as
 * citations, diktum as formula), body (see akn/body.ts), conclusions (penutup), and the
 * Penjelasan and each Lampiran as attachments. Valid against the OASIS schema.
 */
import type { Node } from 'prosemirror-model';
import { numberDocument, type Numbering } from '../model/numbering';
import { fillTemplate } from '../model/templates';
import { bodyXml, computeIds, type AknContext } from './akn/body';
import { EidRegistry, eidJoin } from './akn/eid';
import { frbrOf, metaXml, type Frbr } from './akn/frbr';
import { inlineXml } from './akn/inline-xml';
import { el, escXml } from './akn/xml';
import type { ExportOptions, ResolvedOptions } from './options';
import { resolveOptions } from './options';
import { DIHAPUS } from './print-context';
import { entryLabel } from './print-penjelasan';

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** The AKN XML of `doc`. */
export function exportAkn(doc: Node, opts: ExportOptions = {}): string {
  const o = resolveOptions(doc, opts);
  const numbering = numberDocument(doc);
  const registry = new EidRegistry();
  const ids = computeIds(doc, numbering, registry);
  const eids = new Map<string, string>();
  for (const [uid, v] of ids) eids.set(uid, v.eId);
  prefaceEids(doc, numbering, registry, eids);
  const ctx: AknContext = { numbering, ids, eids, deletedText: DIHAPUS };
  const judulUid = String(doc.firstChild?.attrs.uid ?? '');
  const frbr = frbrOf(o, judulUid);
  const parts: string[] = [metaXml(frbr, o.name, titleCase(o.region.name)), prefaceXml(o)];
  const attachments: string[] = [];
  let lampiranN = 0;
  doc.forEach((part) => {
    switch (part.type.name) {
      case 'pembukaan':
        parts.push(preambleXml(ctx, part));
        break;
      case 'batangTubuh':
        parts.push(bodyXml(ctx, part));
        break;
      case 'penutup':
        if (part.childCount) parts.push(el('conclusions', {}, paras(ctx, part)));
        break;
      case 'penjelasan':
        if (o.includePenjelasan) attachments.push(penjelasanXml(ctx, part, o, frbr, attachments.length + 1));
        break;
      case 'lampiran':
        attachments.push(lampiranXml(ctx, part, o, frbr, attachments.length + 1, ++lampiranN));
        break;
    }
  });
  if (attachments.length) parts.push(el('attachments', {}, attachments.join('')));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el('akomaNtoso', { xmlns: NS }, el('act', { name: 'perda', contains: 'originalVersion' }, parts.join('')))}\n`;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
}

/** eIds of konsiderans and dasar hukum items (rec_a, cit_1) so references to them resolve. */
function prefaceEids(doc: Node, numbering: Numbering, registry: EidRegistry, eids: Map<string, string>): void {
  const pembukaan = doc.child(1);
  pembukaan.forEach((part) => {
    const abbr = part.type.name === 'konsiderans' ? 'rec' : part.type.name === 'dasarHukum' ? 'cit' : null;
    if (!abbr) return;
    part.forEach((item, _o, i) => {
      const u = numbering.get(String(item.attrs.uid ?? ''));
      eids.set(String(item.attrs.uid), registry.claim(eidJoin('', abbr, u?.num || String(i + 1))));
    });
  });
}

function prefaceXml(o: ResolvedOptions): string {
  const nomor = o.draft ? 'NOMOR ... TAHUN ...' : `NOMOR ${o.nomor} TAHUN ${o.tahun}`;
  const stage = o.draft ? `${el('docStage', {}, 'RANCANGAN')} ` : '';
  return el('preface', {}, el('longTitle', {}, el('p', {}, `${stage}${el('docType', {}, escXml(o.prefix))} ${el('docNumber', {}, nomor)} TENTANG ${el('docTitle', {}, escXml(o.name))}`)));
}

function paras(ctx: AknContext, node: Node, pasalUid: string | null = null): string {
  const out: string[] = [];
  node.forEach((p) => {
    if (p.type.name === 'para') out.push(el('p', { class: (p.attrs.role as string | null) ?? undefined }, inlineXml(p, ctx.numbering, ctx.eids, { pasalUid })));
  });
  return out.join('') || el('p', {}, '');
}

function preambleXml(ctx: AknContext, pembukaan: Node): string {
  const out: string[] = [];
  pembukaan.forEach((part) => {
    const t = part.type.name;
    if (t === 'frasa') out.push(el('formula', { name: 'frasa' }, el('p', {}, escXml(part.textContent))));
    else if (t === 'jabatan') out.push(el('p', { class: 'jabatan' }, escXml(part.textContent)));
    else if (t === 'konsiderans') out.push(el('recitals', { eId: 'recs', GUID: String(part.attrs.uid || '') || undefined }, el('intro', {}, el('p', {}, 'Menimbang:')), items(ctx, part, 'recital', true)));
    else if (t === 'dasarHukum') out.push(el('citations', { eId: 'cits', GUID: String(part.attrs.uid || '') || undefined }, el('intro', {}, el('p', {}, 'Mengingat:')), items(ctx, part, 'citation', false)));
    else if (t === 'diktum') out.push(el('formula', { name: 'diktum' }, paras(ctx, part)));
  });
  return el('preamble', {}, out.join(''));
}

/** Recitals / citations; lists inside an item become blockList/item. */
function items(ctx: AknContext, list: Node, element: 'recital' | 'citation', inKonsiderans: boolean): string {
  const ref = { pasalUid: null, inKonsiderans };
  const itemXml = (item: Node, name: string, eId: string): string => {
    const u = ctx.numbering.get(String(item.attrs.uid ?? ''));
    const body: string[] = [];
    let listN = 0;
    item.forEach((c) => {
      if (c.type.name === 'para') body.push(el('p', {}, inlineXml(c, ctx.numbering, ctx.eids, ref)));
      else if (c.type.name === 'list') {
        const lid = `${eId}__list_${++listN}`;
        const sub: string[] = [];
        c.forEach((x, _o, i) => sub.push(itemXml(x, 'item', `${lid}__item_${i + 1}`)));
        body.push(el('blockList', { eId: lid }, sub.join('')));
      }
    });
    return el(name, { eId, GUID: String(item.attrs.uid || '') || undefined }, u?.marker ? el('num', {}, escXml(u.marker)) : '', body.join('') || el('p', {}, ''));
  };
  const out: string[] = [];
  list.forEach((item) => out.push(itemXml(item, element, ctx.eids.get(String(item.attrs.uid)) ?? '')));
  return out.join('');
}

/** An attachment holding a `doc` of its own (meta, preface, mainBody). */
function attachmentXml(frbr: Frbr, o: ResolvedOptions, n: number, docName: string, component: string, title: string, mainBody: string, guid: string): string {
  return el(
    'attachment',
    { eId: `att_${n}`, GUID: guid || undefined },
    el('doc', { name: docName }, metaXml(frbr, title, titleCase(o.region.name), component), el('preface', {}, el('longTitle', {}, el('p', {}, escXml(title)))), el('mainBody', {}, mainBody)),
  );
}

function penjelasanXml(ctx: AknContext, pj: Node, o: ResolvedOptions, frbr: Frbr, n: number): string {
  const att = `att_${n}`;
  const parts: string[] = [];
  pj.forEach((part) => {
    if (part.type.name === 'penjelasanUmum') {
      parts.push(el('hcontainer', { name: 'umum', eId: `${att}__hcontainer_1` }, el('num', {}, 'I.'), el('heading', {}, 'UMUM'), el('content', {}, paras(ctx, part))));
    } else if (part.type.name === 'penjelasanPasalDemiPasal') {
      const entries: string[] = [];
      part.forEach((entry, _o, i) => {
        const target = entry.attrs.target as string | null;
        entries.push(
          el(
            'hcontainer',
            { name: 'penjelasanPasal', eId: `${att}__hcontainer_2__hcontainer_${i + 1}`, GUID: String(entry.attrs.uid || '') || undefined },
            el('heading', {}, escXml(entryLabel({ numbering: ctx.numbering, opts: o }, entry))),
            el('content', {}, paras(ctx, entry, target)),
          ),
        );
      });
      parts.push(el('hcontainer', { name: 'pasalDemiPasal', eId: `${att}__hcontainer_2` }, el('num', {}, 'II.'), el('heading', {}, 'PASAL DEMI PASAL'), entries.join('') || el('content', {}, el('p', {}, ''))));
    }
  });
  const title = `${fillTemplate('penjelasan')} ${fillTemplate('atas')} ${o.prefix} NOMOR ${o.nomor} TAHUN ${o.tahun} TENTANG ${o.name}`;
  return attachmentXml(frbr, o, n, 'penjelasan', 'penjelasan', title, parts.join('') || el('p', {}, ''), String(pj.attrs.uid ?? ''));
}

function lampiranXml(ctx: AknContext, lp: Node, o: ResolvedOptions, frbr: Frbr, n: number, k: number): string {
  const title = String(lp.attrs.title || 'LAMPIRAN');
  return attachmentXml(frbr, o, n, 'lampiran', `lampiran-${k}`, title, paras(ctx, lp), String(lp.attrs.uid ?? ''));
}
