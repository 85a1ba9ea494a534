/**
 * The Batang Tubuh as AKN hierarchy: BAB -> chapter, Bagian -> section, Paragraf -> subsection,
 * Pasal -> article, ayat -> paragraph, lists -> list/point with the lead-in as `intro` and a
 * closing paragraph as `wrapUp`. Every unit carries `eId` (from its number), `GUID` (its uid) and,
 * when it was renumbered (baseNum differs from the current number), `wId` (the id it had).
 */
import type { Node } from 'prosemirror-model';
import type { Numbering } from '../../model/numbering';
import type { RefContext } from '../../model/labels';
import { EidRegistry, EID_ABBR, eidJoin } from './eid';
import { inlineXml } from './inline-xml';
import { el } from './xml';

const ELEMENT: Record<string, keyof typeof EID_ABBR> = {
  bab: 'chapter',
  bagian: 'section',
  paragraf: 'subsection',
  pasal: 'article',
  ayat: 'paragraph',
  item: 'point',
};

/** Identifiers of one unit. */
export interface UnitIds {
  eId: string;
  wId?: string;
}

/**
 * Compute eIds (and wIds) of every numbered unit of the batang tubuh, by uid, before writing, so
 * that references can point anywhere.
 */
export function computeIds(
  doc: Node,
  numbering: Numbering,
  registry: EidRegistry,
): Map<string, UnitIds> {
  const ids = new Map<string, UnitIds>();
  const walk = (node: Node, eParent: string, wParent: string) => {
    let listN = 0;
    node.forEach((child) => {
      const t = child.type.name;
      if (t === 'list') {
        listN++;
        walk(
          child,
          eidJoin(eParent, 'list', String(listN)),
          eidJoin(wParent, 'list', String(listN)),
        );
        return;
      }
      const element = ELEMENT[t];
      const u = numbering.get(String(child.attrs.uid ?? ''));
      if (element && u) {
        const abbr = EID_ABBR[element];
        const base = child.attrs.baseNum as string | null;
        const eId = registry.claim(eidJoin(eParent, abbr, u.num));
        const wPath = eidJoin(wParent, abbr, base ?? u.num);
        ids.set(u.uid, wPath !== eId ? { eId, wId: wPath } : { eId });
        walk(child, eId, wPath);
      } else if (!child.isTextblock && !child.isLeaf && t !== 'changeItem') {
        walk(child, eParent, wParent);
      }
    });
  };
  doc.forEach((part) => {
    if (part.type.name === 'batangTubuh') walk(part, '', '');
  });
  return ids;
}

/** Everything the writers need. */
export interface AknContext {
  numbering: Numbering;
  ids: Map<string, UnitIds>;
  eids: Map<string, string>;
  deletedText: string;
}

/** The `<body>` of the act. */
export function bodyXml(ctx: AknContext, batang: Node): string {
  const out: string[] = [];
  batang.forEach((child) => out.push(unitXml(ctx, child, { pasalUid: null })));
  return el('body', {}, out.join(''));
}

function idAttrs(ctx: AknContext, node: Node): Record<string, string | undefined> {
  const uid = String(node.attrs.uid ?? '');
  const ids = ctx.ids.get(uid);
  return { eId: ids?.eId, wId: ids?.wId, GUID: uid || undefined };
}

function unitXml(ctx: AknContext, node: Node, ref: RefContext): string {
  const t = node.type.name;
  const element = ELEMENT[t];
  const u = ctx.numbering.get(String(node.attrs.uid ?? ''));
  if (!element || !u) return '';
  const num = el('num', {}, u.marker);
  const deleted = u.deleted || node.attrs.deleted === true;
  const attrs = { ...idAttrs(ctx, node), ...(deleted ? { status: 'removed' } : {}) };
  if (deleted) return el(element, attrs, num, el('content', {}, el('p', {}, ctx.deletedText)));
  if (t === 'bab' || t === 'bagian' || t === 'paragraf') {
    const heading =
      node.firstChild?.type.name === 'heading'
        ? el('heading', {}, escText(node.firstChild.textContent))
        : '';
    const kids: string[] = [];
    node.forEach((c) => {
      if (c.type.name !== 'heading') kids.push(unitXml(ctx, c, ref));
    });
    const body = kids.join('');
    return el(element, attrs, num, heading, body || el('content', {}, el('p', {}, '')));
  }
  const inner: RefContext =
    t === 'pasal' ? { pasalUid: u.uid, unitUid: u.uid } : { ...ref, unitUid: u.uid };
  return el(element, attrs, num, flowXml(ctx, node, inner, ids(ctx, node)));
}

function ids(ctx: AknContext, node: Node): string {
  return ctx.ids.get(String(node.attrs.uid ?? ''))?.eId ?? '';
}

function escText(s: string): string {
  return s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
}

/**
 * The content of a unit whose children are paragraphs, lists, ayat or change items: `<content>`
 * when it is text only; otherwise paragraphs before a list become its `intro` and paragraphs
 * after the last list the `wrapUp`.
 */
function flowXml(ctx: AknContext, node: Node, ref: RefContext, eId: string): string {
  const p = (para: Node) => el('p', {}, inlineXml(para, ctx.numbering, ctx.eids, ref));
  let hasHier = false;
  node.forEach((c) => {
    if (c.type.name !== 'para') hasHier = true;
  });
  if (!hasHier) {
    const ps: string[] = [];
    node.forEach((c) => ps.push(p(c)));
    return el('content', {}, ps.join('') || el('p', {}, ''));
  }
  const out: string[] = [];
  let pending: string[] = [];
  let listN = 0;
  let changeN = 0;
  node.forEach((c) => {
    const t = c.type.name;
    if (t === 'para') {
      pending.push(p(c));
    } else if (t === 'list') {
      listN++;
      const intro = pending.length ? el('intro', {}, pending.join('')) : '';
      pending = [];
      const items: string[] = [];
      c.forEach((item) => items.push(unitXml(ctx, item, ref)));
      out.push(el('list', { eId: `${eId}__list_${listN}` }, intro, items.join('')));
    } else if (t === 'changeItem') {
      changeN++;
      if (pending.length) {
        out.push(el('intro', {}, pending.join('')));
        pending = [];
      }
      const texts: string[] = [];
      c.forEach((x) => texts.push(el('p', {}, escText(x.textContent))));
      // The single-change form (drafting-rules.md 3.4.1) has no item number: its first paragraph is empty.
      const numbered = (c.firstChild?.content.size ?? 0) > 0;
      out.push(
        el(
          'point',
          { eId: `${eId}__point_${changeN}`, GUID: String(c.attrs.uid || '') || undefined },
          numbered ? el('num', {}, `${changeN}.`) : '',
          el('content', {}, texts.join('')),
        ),
      );
    } else {
      if (pending.length) {
        out.push(el('intro', {}, pending.join('')));
        pending = [];
      }
      out.push(unitXml(ctx, c, ref));
    }
  });
  if (pending.length) out.push(el('wrapUp', {}, pending.join('')));
  return out.join('');
}
