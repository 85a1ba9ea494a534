/**
 * The address grammar of drafting-rules.md 2.1 as data: "Pasal 7A ayat (1a) huruf b angka 2",
 * "BAB IXA", "BAB II Bagian Kesatu Paragraf 2", "Menimbang huruf a", ranges "Pasal 5 sampai
 * dengan Pasal 9" and "Pasal 10 ayat (1) sampai dengan ayat (4)". The parser is tolerant of
 * case ("pasal", "PASAL"), of a leading "sebagaimana dimaksud dalam/pada", of "s.d." for
 * "sampai dengan", of "7 A" for "7A", and of trailing punctuation.
 */
import { bagianOrdinal, parseBagianOrdinal } from './ordinals';

/** The kind of one address segment. */
export type SegmentKind = 'menimbang' | 'mengingat' | 'bab' | 'bagian' | 'paragraf' | 'pasal' | 'ayat' | 'huruf' | 'angka';

/** One step of an address ("Pasal 7A" -> { kind: "pasal", num: "7A" }). */
export interface Segment {
  kind: SegmentKind;
  /** Canonical number ("7A", "1a", "IXA", "Kesatu", "b"); "" for Menimbang/Mengingat. */
  num: string;
}

/** A parsed address: its segments and, for a range, the (completed) segments of its end. */
export interface ParsedAddress {
  segments: Segment[];
  to: Segment[] | null;
}

const RANK: Record<SegmentKind, number> = { menimbang: 0, mengingat: 0, bab: 0, bagian: 1, paragraf: 2, pasal: 3, ayat: 4, huruf: 5, angka: 5 };

/** Print segments in canonical form ("Pasal 7A ayat (1a) huruf b"). */
export function formatAddress(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      switch (s.kind) {
        case 'menimbang': return 'Menimbang';
        case 'mengingat': return 'Mengingat';
        case 'bab': return `BAB ${s.num}`;
        case 'bagian': return `Bagian ${s.num}`;
        case 'paragraf': return `Paragraf ${s.num}`;
        case 'pasal': return `Pasal ${s.num}`;
        case 'ayat': return `ayat (${s.num})`;
        default: return `${s.kind} ${s.num}`;
      }
    })
    .join(' ');
}

const ORDINAL_WORDS = /^(ke\S+|pertama|belas|puluh|ratus|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sebelas|sepuluh|seratus)$/i;

/** Parse one address without range; null if any token is not part of an address. */
function parseSegments(text: string): Segment[] | null {
  const tokens = text.replace(/\(\s*/g, '(').replace(/\s*\)/g, ')').split(/\s+/).map((t) => t.replace(/[,.;:]+$/, '')).filter(Boolean);
  const out: Segment[] = [];
  let i = 0;
  const suffixToken = () => {
    const t = tokens[i];
    if (t && /^[A-Z]$/.test(t)) {
      i++;
      return t;
    }
    return '';
  };
  while (i < tokens.length) {
    const word = (tokens[i++] ?? '').toLowerCase();
    const next = tokens[i] ?? '';
    let m: RegExpExecArray | null;
    switch (word) {
      case 'menimbang':
      case 'mengingat':
        out.push({ kind: word, num: '' });
        break;
      case 'bab':
        if (!(m = /^([IVXLCDM]+)([A-Z]?)$/i.exec(next))) return null;
        i++;
        out.push({ kind: 'bab', num: (m[1] ?? '').toUpperCase() + ((m[2] ?? '') || suffixToken()).toUpperCase() });
        break;
      case 'bagian': {
        const words: string[] = [];
        while (i < tokens.length && ORDINAL_WORDS.test(tokens[i] ?? '') && (words.length === 0 || !/^ke/i.test(tokens[i] ?? ''))) words.push(tokens[i++] ?? '');
        const n = parseBagianOrdinal(words.join(' '));
        if (n === null) return null;
        const suffix = suffixToken();
        out.push({ kind: 'bagian', num: bagianOrdinal(n) + (suffix ? ` ${suffix}` : '') });
        break;
      }
      case 'paragraf':
      case 'pasal':
        if ((m = /^(\d+)([A-Za-z]?)$/.exec(next))) {
          i++;
          out.push({ kind: word, num: (m[1] ?? '') + ((m[2] ?? '') || suffixToken()).toUpperCase() });
        } else if (word === 'pasal' && /^[IVXLCDM]+$/i.test(next)) {
          i++;
          out.push({ kind: 'pasal', num: next.toUpperCase() });
        } else return null;
        break;
      case 'ayat':
        if (!(m = /^\((\d+)([A-Za-z]?)\)$/.exec(next))) return null;
        i++;
        out.push({ kind: 'ayat', num: (m[1] ?? '') + (m[2] ?? '').toLowerCase() });
        break;
      case 'huruf':
        if (!(m = /^([a-z]+)(\d*)\)?$/i.exec(next))) return null;
        i++;
        out.push({ kind: 'huruf', num: (m[1] ?? '').toLowerCase() + (m[2] ?? '') });
        break;
      case 'angka':
        if (!(m = /^(\d+)([A-Za-z]?)\)?$/.exec(next))) return null;
        i++;
        out.push({ kind: 'angka', num: (m[1] ?? '') + (m[2] ?? '').toLowerCase() });
        break;
      default:
        return null;
    }
  }
  return out.length ? out : null;
}

/**
 * Parse an address string ("Pasal 7A ayat (1a) huruf b", "pasal 5 sampai dengan PASAL 9",
 * "Pasal 10 ayat (1) sampai dengan ayat (4)"); null when it is not an address. The end of a
 * range is completed from its start ("ayat (4)" -> Pasal 10 ayat (4)).
 */
export function parseAddress(text: string): ParsedAddress | null {
  const clean = text.trim().replace(/\s+/g, ' ').replace(/^sebagaimana dimaksud (dalam|pada) /i, '');
  const [fromText = '', toText, ...rest] = clean.split(/ (?:sampai dengan|s\.d\.?|s\/d) /i);
  if (rest.length) return null;
  const segments = parseSegments(fromText);
  if (!segments) return null;
  if (toText === undefined) return { segments, to: null };
  const toRel = parseSegments(toText);
  const head = toRel?.[0];
  if (!toRel || !head) return null;
  let cut = -1;
  for (let k = segments.length - 1; k >= 0; k--) if (segments[k]?.kind === head.kind) { cut = k; break; }
  const prefix = cut >= 0 ? segments.slice(0, cut) : segments.filter((s) => RANK[s.kind] < RANK[head.kind]);
  return { segments, to: [...prefix, ...toRel] };
}
