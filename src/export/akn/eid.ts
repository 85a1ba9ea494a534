/**
 * Akoma Ntoso identifiers computed from numbers (naming convention, anchors.md 1.11): each
 * component is `<abbr>_<num>` with the number stripped of punctuation and spaces ("(1a)" -> "1a",
 * "b." -> "b", "Kedua Belas" -> "KeduaBelas"), components joined by "__":
 * chp_II__art_7A__para_1a__list_1__point_b.
 */

/** Abbreviation of each AKN element in eIds. */
export const EID_ABBR = {
  chapter: 'chp',
  section: 'sec',
  subsection: 'subsec',
  article: 'art',
  paragraph: 'para',
  list: 'list',
  point: 'point',
  recital: 'rec',
  citation: 'cit',
  item: 'item',
  attachment: 'att',
  hcontainer: 'hcontainer',
} as const;

/** The number part of an eId component. */
export function eidNum(num: string): string {
  const s = num.replace(/^(BAB|Bagian|Paragraf|Pasal)\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  return s || 'nn';
}

/** Join a parent eId and a component. */
export function eidJoin(parent: string, abbr: string, num: string): string {
  const part = `${abbr}_${eidNum(num)}`;
  return parent ? `${parent}__${part}` : part;
}

/** Hands out eIds, making a repeated one unique ("_2", "_3") so the schema's uniqueness holds. */
export class EidRegistry {
  private readonly used = new Set<string>();

  /** `eid`, or `eid_2`, `eid_3`... when already taken. */
  claim(eid: string): string {
    let out = eid;
    for (let i = 2; this.used.has(out); i++) out = `${eid}_${i}`;
    this.used.add(out);
    return out;
  }
}
