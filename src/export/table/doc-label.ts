/**
 * The name of a Perda document as a comparison names it: "PERATURAN DAERAH KOTA SURABAYA
 * NOMOR 1 TAHUN 2009 TENTANG …", or "RANCANGAN PERATURAN DAERAH KOTA BATAM TENTANG …" for a
 * draft without nomor and tahun.
 */
import type { Node } from 'prosemirror-model';
import { resolveOptions, type ExportOptions } from '../options';

/** The printed name of `doc`. */
export function docLabel(doc: Node, opts: Pick<ExportOptions, 'region'> = {}): string {
  const o = resolveOptions(doc, { region: opts.region });
  const name = o.name ? ` TENTANG ${o.name}` : '';
  if (!o.rawNomor || !o.rawTahun) return `RANCANGAN ${o.prefix}${name}`;
  return `${o.prefix} NOMOR ${o.rawNomor} TAHUN ${o.rawTahun}${name}`;
}
