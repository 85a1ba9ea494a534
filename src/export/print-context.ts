/**
 * The state shared by the builders of the print model: the document's numbering, the resolved
 * options, and helpers that read a unit's number and a paragraph's runs.
 */
import type { Node } from 'prosemirror-model';
import type { Numbering, UnitNumber } from '../model/numbering';
import { fillTemplate, type TemplateId, type TemplateValues } from '../model/templates';
import { inlineRuns } from './inline';
import type { ResolvedOptions } from './options';
import type { Inline } from './print-model';
import type { RefContext } from '../model/labels';

/** What every print builder receives. */
export interface PrintContext {
  numbering: Numbering;
  opts: ResolvedOptions;
}

/** The printed word of a deleted unit (drafting-rules.md 2.3). */
export const DIHAPUS = 'Dihapus.';

/** The region's placeholder values for `fillTemplate`. */
export function tpl(ctx: PrintContext, id: TemplateId, values: TemplateValues = {}): string {
  return fillTemplate(id, values, ctx.opts.region);
}

/**
 * True when the unit is not printed at all: numbering gives it no number because it is deleted
 * in penggantian mode (in perubahan mode a deleted unit keeps its number and prints "Dihapus.").
 */
export function isOmitted(ctx: PrintContext, node: Node): boolean {
  return node.attrs.deleted === true && !ctx.numbering.has(String(node.attrs.uid ?? ''));
}

/** The number of `node` (a numbered unit); a placeholder when numbering does not know it. */
export function unitNumber(ctx: PrintContext, node: Node): UnitNumber {
  const uid = String(node.attrs.uid ?? '');
  const u = ctx.numbering.get(uid);
  if (u) return u;
  const num = String(node.attrs.baseNum ?? '');
  return { uid, type: node.type.name as UnitNumber['type'], num, marker: num, address: num, deleted: !!node.attrs.deleted, pasalUid: null };
}

/** True when the unit prints as "Dihapus.". */
export function isDeleted(ctx: PrintContext, node: Node): boolean {
  return node.attrs.deleted === true || unitNumber(ctx, node).deleted;
}

/** Runs of a paragraph, references resolved in `ref`. */
export function runsOf(ctx: PrintContext, para: Node, ref: RefContext): Inline[] {
  return inlineRuns(para, ctx.numbering, ref);
}

/** Remove a leading pattern (e.g. "Menetapkan :") from runs. */
export function stripLeading(runs: Inline[], pattern: RegExp): Inline[] {
  const first = runs[0];
  if (!first || 'br' in first) return runs;
  const m = pattern.exec(first.text);
  if (!m || m.index !== 0) return runs;
  const rest = first.text.slice(m[0].length);
  return rest ? [{ ...first, text: rest }, ...runs.slice(1)] : runs.slice(1);
}
