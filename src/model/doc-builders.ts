/**
 * Concise builders of valid Perda documents for tests, samples and benchmarks:
 * `buildPerda({ babs: [...] })`, `buildInstrument({ changes: [...] })`, `freezeAsBase(doc)` and
 * the deterministic large-document generator `generatePerda(nPasal, opts)`.
 *
 * Specs are plain data. Anything that is text may be a string or a mix of strings and
 * references (`{ ref: uid }`); units may carry `uid`, `baseNum` and `deleted`.
 */
import type { Node } from 'prosemirror-model';
import { perdaSchema, type DocKind, type NumberingMode } from './schema';
import { newUid } from './uid';
import { numberDocument } from './numbering';
import type { ListStyle } from './list-markers';
import { BATAM_REGION, type SkeletonRegion } from './skeleton-region';
import { fillTemplate } from './templates';
import {
  judulJson, paraJson, pembukaanJson, penjelasanJson, penutupJson, textNodeJson,
  type InlineSpec, type NodeJson, type UidSource,
} from './doc-json';
import { seededRandom } from './seeded-random';

export type { InlineSpec, RefSpec, UidSource } from './doc-json';

/** Region used by builders when none is given: Kota Batam, as in drafting-rules.md (test data). */
export const SAMPLE_REGION: SkeletonRegion = BATAM_REGION;

/** Identity and amendment attributes any unit spec may carry. */
export interface UnitOpts {
  uid?: string;
  baseNum?: string | number | null;
  deleted?: boolean;
}

/** A list: its items and optionally a fixed style ("angka" for definitions). */
export interface ListSpec {
  style?: ListStyle | null;
  items: ItemSpec[];
}

/** A list item: text, or text with a nested list. */
export type ItemSpec = InlineSpec | (UnitOpts & { text: InlineSpec; list?: ListSpec | ItemSpec[] });
/** An ayat: text, or text with a list. */
export type AyatSpec = ItemSpec;
/** A Pasal: text, or ayat, or text with a list. */
export type PasalSpec = InlineSpec | (UnitOpts & { text?: InlineSpec; ayat?: AyatSpec[]; list?: ListSpec | ItemSpec[] });
/** A Paragraf with its Pasal. */
export interface ParagrafSpec extends UnitOpts { title: string; pasal: PasalSpec[] }
/** A Bagian with Pasal and/or Paragraf. */
export interface BagianSpec extends UnitOpts { title: string; pasal?: PasalSpec[]; paragraf?: ParagrafSpec[] }
/** A BAB with Pasal and/or Bagian. */
export interface BabSpec extends UnitOpts { title: string; pasal?: PasalSpec[]; bagian?: BagianSpec[] }

/** Spec of a whole Perda. */
export interface PerdaSpec {
  mode?: NumberingMode;
  title?: string;
  region?: SkeletonRegion;
  /** Konsiderans items before the generated final item. */
  konsiderans?: string[];
  /** Exact Menimbang items (no generated final item). */
  menimbang?: string[];
  mengingat?: string[];
  /** BAB of the batang tubuh (or `pasal` for a Perda without BAB). */
  babs?: BabSpec[];
  pasal?: PasalSpec[];
  /** Add a Penjelasan with a "Cukup jelas." entry per Pasal (default false). */
  penjelasan?: boolean;
  /** Uid source (default random). */
  uid?: UidSource;
}

const isInline = (s: unknown): s is InlineSpec => typeof s === 'string' || Array.isArray(s);

const unitAttrs = (o: UnitOpts, uid: UidSource) => ({
  uid: o.uid ?? uid(),
  baseNum: o.baseNum === undefined || o.baseNum === null ? null : String(o.baseNum),
  deleted: o.deleted ?? false,
});

/** JSON of a list. */
export function listJson(spec: ListSpec | ItemSpec[], uid: UidSource): NodeJson {
  const s = Array.isArray(spec) ? { items: spec } : spec;
  return { type: 'list', attrs: { style: s.style ?? null }, content: s.items.map((i) => bodyUnitJson('item', i, uid)) };
}

/** JSON of an ayat or item (text plus optional list). */
export function bodyUnitJson(type: 'ayat' | 'item', spec: ItemSpec, uid: UidSource): NodeJson {
  const s = isInline(spec) ? { text: spec } : spec;
  const content = [paraJson(s.text)];
  if (s.list) content.push(listJson(s.list, uid));
  return { type, attrs: unitAttrs(s, uid), content };
}

/** JSON of a Pasal. */
export function pasalJson(spec: PasalSpec, uid: UidSource): NodeJson {
  const s = isInline(spec) ? { text: spec } : spec;
  if (s.ayat && s.ayat.length > 0) {
    return { type: 'pasal', attrs: unitAttrs(s, uid), content: s.ayat.map((a) => bodyUnitJson('ayat', a, uid)) };
  }
  const content = [paraJson(s.text ?? '…')];
  if (s.list) content.push(listJson(s.list, uid));
  return { type: 'pasal', attrs: unitAttrs(s, uid), content };
}

/** JSON of a BAB with its Bagian, Paragraf and Pasal. */
export function babJson(spec: BabSpec, uid: UidSource): NodeJson {
  const bagian = (b: BagianSpec): NodeJson => ({
    type: 'bagian',
    attrs: unitAttrs(b, uid),
    content: [
      textNodeJson('heading', b.title),
      ...(b.pasal ?? []).map((p) => pasalJson(p, uid)),
      ...(b.paragraf ?? []).map((g) => ({
        type: 'paragraf',
        attrs: unitAttrs(g, uid),
        content: [textNodeJson('heading', g.title), ...g.pasal.map((p) => pasalJson(p, uid))],
      })),
    ],
  });
  return {
    type: 'bab',
    attrs: unitAttrs(spec, uid),
    content: [textNodeJson('heading', spec.title), ...(spec.pasal ?? []).map((p) => pasalJson(p, uid)), ...(spec.bagian ?? []).map(bagian)],
  };
}

/** Turn JSON into a checked document. */
function toDoc(json: NodeJson): Node {
  const doc = perdaSchema.nodeFromJSON(json);
  doc.check();
  return doc;
}

/** The Penjelasan JSON for every Pasal of a built document. */
function penjelasanFor(doc: Node, uid: UidSource): NodeJson {
  const numbering = numberDocument(doc);
  const pasal: Array<{ uid: string; label: string }> = [];
  doc.descendants((n) => {
    if (n.type.name === 'changeItem') return false;
    const u = n.type.name === 'pasal' ? numbering.get(String(n.attrs.uid)) : undefined;
    if (u) pasal.push({ uid: u.uid, label: u.marker });
    return true;
  });
  return penjelasanJson(pasal, uid);
}

/** Build a whole document from a shell (judul, pembukaan, batang tubuh, penutup), adding a Penjelasan if asked. */
function assemble(attrs: { mode: NumberingMode; kind: DocKind }, parts: NodeJson[], withPenjelasan: boolean, uid: UidSource): Node {
  const json: NodeJson = { type: 'doc', attrs, content: parts };
  const doc = toDoc(json);
  if (!withPenjelasan) return doc;
  return toDoc({ ...json, content: [...parts, penjelasanFor(doc, uid)] });
}

/** Build a valid Perda document from a concise spec (fresh uids unless given). */
export function buildPerda(spec: PerdaSpec = {}): Node {
  const uid = spec.uid ?? newUid;
  const region = spec.region ?? SAMPLE_REGION;
  const title = spec.title ?? 'Contoh';
  const body: NodeJson = {
    type: 'batangTubuh',
    content: [...(spec.pasal ?? []).map((p) => pasalJson(p, uid)), ...(spec.babs ?? []).map((b) => babJson(b, uid))],
  };
  return assemble(
    { mode: spec.mode ?? 'penggantian', kind: 'perda' },
    [
      judulJson(region, title, uid),
      pembukaanJson(region, { nama: title, konsiderans: spec.konsiderans, menimbang: spec.menimbang, mengingat: spec.mengingat }, uid),
      body,
      penutupJson(region),
    ],
    spec.penjelasan ?? false,
    uid,
  );
}

/** One change item of Pasal I: its instruction and the restated units. */
export interface ChangeSpec {
  uid?: string;
  action?: 'diubah' | 'disisipkan' | 'dihapus' | 'ditambah';
  instruction: string;
  babs?: BabSpec[];
  pasal?: PasalSpec[];
  ayat?: AyatSpec[];
}

/** Spec of an amending instrument (doc kind "perubahan"). */
export interface InstrumentSpec {
  title?: string;
  region?: SkeletonRegion;
  /** The chapeau of Pasal I ("Beberapa ketentuan dalam … diubah sebagai berikut:"). */
  chapeau?: string;
  changes: ChangeSpec[];
  uid?: UidSource;
}

/** Build an amending instrument: Pasal I with numbered change items, Pasal II with commencement. */
export function buildInstrument(spec: InstrumentSpec): Node {
  const uid = spec.uid ?? newUid;
  const region = spec.region ?? SAMPLE_REGION;
  const title = spec.title ?? 'Perubahan atas Peraturan Daerah Contoh';
  const change = (c: ChangeSpec): NodeJson => ({
    type: 'changeItem',
    attrs: { uid: c.uid ?? uid(), action: c.action ?? 'diubah', baseNum: null },
    content: [
      paraJson(c.instruction),
      ...(c.babs ?? []).map((b) => babJson(b, uid)),
      ...(c.pasal ?? []).map((p) => pasalJson(p, uid)),
      ...(c.ayat ?? []).map((a) => bodyUnitJson('ayat', a, uid)),
    ],
  });
  const pasalI: NodeJson = {
    type: 'pasal',
    attrs: { uid: uid(), baseNum: null, deleted: false },
    content: [paraJson(spec.chapeau ?? 'Beberapa ketentuan … diubah sebagai berikut:'), ...spec.changes.map(change)],
  };
  const pasalII = pasalJson(fillTemplate('mulaiBerlaku'), uid);
  return assemble(
    { mode: 'perubahan', kind: 'perubahan' },
    [
      judulJson(region, title, uid),
      pembukaanJson(region, { nama: title }, uid),
      { type: 'batangTubuh', content: [pasalI, pasalII] },
      penutupJson(region),
    ],
    false,
    uid,
  );
}

/**
 * The same document as a base text in perubahan mode: every numbered unit gets its current
 * number as `baseNum` (as an importer does for the base Perda).
 */
export function freezeAsBase(doc: Node): Node {
  const numbering = numberDocument(doc);
  const json = doc.toJSON() as NodeJson;
  const visit = (n: NodeJson) => {
    const uid = n.attrs?.uid;
    const u = typeof uid === 'string' ? numbering.get(uid) : undefined;
    if (u && n.attrs && 'baseNum' in n.attrs && u.type !== 'changeItem') n.attrs = { ...n.attrs, baseNum: u.num };
    n.content?.forEach(visit);
  };
  visit(json);
  json.attrs = { ...json.attrs, mode: 'perubahan' };
  return toDoc(json);
}


/** Options of the generator. */
export interface GenerateOptions {
  seed?: number;
  mode?: NumberingMode;
  region?: SkeletonRegion;
  penjelasan?: boolean;
}

const SUBJECTS = ['Pemerintah Daerah', 'Setiap orang', 'Perangkat Daerah', 'Wali Kota', 'Masyarakat', 'Badan usaha', 'Satuan pendidikan', 'Tim terpadu'];
const VERBS = ['melaksanakan', 'menyelenggarakan', 'melakukan', 'memfasilitasi', 'mengoordinasikan', 'melaporkan', 'menetapkan', 'mengawasi'];
const OBJECTS = [
  'pencegahan penyalahgunaan narkotika', 'sosialisasi bahaya narkotika', 'pemetaan wilayah rawan', 'rehabilitasi sosial',
  'pendataan pecandu', 'peningkatan kapasitas sumber daya manusia', 'kerja sama antardaerah', 'pengawasan tempat hiburan',
  'pelaporan kegiatan', 'penyediaan sarana dan prasarana', 'pemberdayaan masyarakat', 'evaluasi pelaksanaan program',
];

/**
 * A realistic large Perda for benchmarks, deterministic from `seed`: BAB I Ketentuan Umum with
 * definitions, materi pokok BABs (about one per 60 Pasal, 10–20 BAB for 1,000 Pasal) with Bagian
 * and Paragraf, Pasal with ayat, huruf lists and nested angka lists, references to earlier Pasal
 * and to ayat (1) of the same Pasal, and a Ketentuan Penutup.
 */
export function generatePerda(nPasal: number, opts: GenerateOptions = {}): Node {
  const rnd = seededRandom(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const uid: UidSource = () => {
    let s = '';
    for (let i = 0; i < 12; i++) s += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(rnd() * 36)];
    return s;
  };
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`;
  const pasalUids: string[] = [];

  const makePasal = (): PasalSpec => {
    const id = uid();
    const earlier = pasalUids.length > 2 ? pasalUids[int(1, pasalUids.length - 1)] : undefined;
    pasalUids.push(id);
    if (rnd() < 0.3) return { uid: id, text: `${sentence()}.` };
    const ayat: AyatSpec[] = [];
    const n = int(2, 5);
    const first = uid();
    for (let i = 0; i < n; i++) {
      const withList = rnd() < 0.35;
      const text: InlineSpec =
        i === 1 && rnd() < 0.5
          ? [`${sentence()} sebagaimana dimaksud pada `, { ref: first }, withList ? ' meliputi:' : '.']
          : i === 2 && earlier
            ? [`${sentence()} sebagaimana dimaksud dalam `, { ref: earlier }, withList ? ' meliputi:' : '.']
            : `${sentence()}${withList ? ' meliputi:' : '.'}`;
      const items: ItemSpec[] = [];
      if (withList) {
        const k = int(3, 7);
        for (let j = 0; j < k; j++) {
          const sub = rnd() < 0.15 ? { items: Array.from({ length: int(2, 4) }, () => `${pick(OBJECTS)};`) } : undefined;
          items.push({ text: `${pick(OBJECTS)}${j === k - 1 ? '.' : j === k - 2 ? '; dan' : ';'}`, ...(sub ? { list: sub } : {}) });
        }
      }
      ayat.push({ uid: i === 0 ? first : uid(), text, ...(withList ? { list: items } : {}) });
    }
    return { uid: id, ayat };
  };

  const definitions: ItemSpec[] = Array.from({ length: int(15, 30) }, (_, i) => `Istilah ${i + 1} adalah ${pick(OBJECTS)}.`);
  const pasal1 = uid();
  pasalUids.push(pasal1);
  const babs: BabSpec[] = [{ title: 'KETENTUAN UMUM', pasal: [{ uid: pasal1, text: fillTemplate('ketentuanUmumPembuka'), list: { style: 'angka', items: definitions } }] }];
  const closing = Math.min(2, Math.max(0, nPasal - 2));
  let remaining = Math.max(0, nPasal - 1 - closing);
  const nMateri = Math.max(1, Math.min(18, Math.round(nPasal / 60)));
  for (let b = 0; b < nMateri; b++) {
    const count = b === nMateri - 1 ? remaining : Math.min(remaining, Math.max(1, Math.round(remaining / (nMateri - b) + int(-3, 3))));
    remaining -= count;
    const title = `MATERI POKOK ${b + 1}`;
    if (count >= 6 && rnd() < 0.6) {
      const bagian: BagianSpec[] = [];
      let left = count;
      const nb = Math.min(left, int(2, 12));
      for (let g = 0; g < nb; g++) {
        const c = g === nb - 1 ? left : Math.max(1, Math.floor(left / (nb - g)));
        left -= c;
        if (c >= 4 && rnd() < 0.3) {
          const half = Math.floor(c / 2);
          bagian.push({ title: `Bagian ${g + 1}`, paragraf: [
            { title: 'Paragraf pertama', pasal: Array.from({ length: half }, makePasal) },
            { title: 'Paragraf kedua', pasal: Array.from({ length: c - half }, makePasal) },
          ] });
        } else bagian.push({ title: `Bagian ${g + 1}`, pasal: Array.from({ length: c }, makePasal) });
      }
      babs.push({ title, bagian });
    } else babs.push({ title, pasal: Array.from({ length: count }, makePasal) });
  }
  const penutup: PasalSpec[] = [];
  if (closing >= 2) penutup.push(fillTemplate('peraturanPelaksanaan', { jangka: '6 (enam) bulan' }));
  if (closing >= 1) penutup.push(fillTemplate('mulaiBerlaku'));
  if (penutup.length) babs.push({ title: 'KETENTUAN PENUTUP', pasal: penutup });
  return buildPerda({ mode: opts.mode, region: opts.region, title: 'Fasilitasi Pencegahan dan Pemberantasan Penyalahgunaan Narkotika', babs, penjelasan: opts.penjelasan, uid });
}
