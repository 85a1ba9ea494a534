/**
 * `applyInstrument`: apply an amending instrument (imported or generated, kind "perubahan") to
 * its base text and produce the consolidated text, in perubahan numbering (no unit is
 * renumbered; deleted units stay as "Dihapus."). Every change item is read (`instruction.ts`)
 * and applied as instructed — replace, insert, delete — using the units it restates; Pasal I may
 * have numbered items or the single-change form (drafting-rules.md 3.4.1 Contoh 2). Nothing is
 * guessed silently: each item gets a report line, "applied", "ambiguous" (applied under the
 * reading stated in the message), "not-understood" (not applied; the text is unchanged) or
 * "not-applied" (understood, but it needs a document given as text: a Lampiran item, or a
 * Penjelasan item whose new text the instrument lacks). The instrument's own Penjelasan (3.6)
 * replaces the explanations of the Pasal its items restate, each with its report line.
 */
import type { Node } from 'prosemirror-model';
import type { NodeJson } from '../model/doc-json';
import { perdaSchema } from '../model/schema';
import { fail, replaceAt, type Entry } from './apply-entry';
import { applyAyat } from './apply-ayat';
import { applyItemDelete, applyItems, namesItems } from './apply-items';
import { applyLampiranItem } from './apply-lampiran';
import {
  applyExplanations,
  readInstrumentPenjelasan,
  setExplanation,
  takeExplanation,
  type InstrumentPenjelasan,
  type ItemDone,
} from './apply-penjelasan';
import { normaliseInstruction, readInstruction, type Instruction } from './instruction';
import { applyPhrase } from './apply-phrase';
import { readPhraseChanges } from '../parse/phrase-change';
import { readItems } from './instrument-items';
import { applyGroupTitle, changesTitle } from './apply-group-title';
import {
  bodyOf,
  canonicalNum,
  clone,
  dedupeUids,
  findAll,
  findUnit,
  locate,
  unique,
  unitLabel as label,
} from './json-tree';
import { innermostGroup } from './named-group';
import { awaitingGroup, groupGapAnchor, type ItemNeighbours } from './group-gap';
import { asPerubahan } from './prepare';
import { expandRanges } from './ranges';
import { penjelasanFollowsPasal } from './penjelasan-follows';
import { linkRestated } from './relink';
import type { ApplyReportEntry, ApplyResult } from './types';

/** Which unit types a container may hold (schema order aside). */
const HOLDS: Record<string, string[]> = {
  batangTubuh: ['pasal', 'bab'],
  bab: ['pasal', 'bagian'],
  bagian: ['pasal', 'paragraf'],
  paragraf: ['pasal'],
  pasal: ['ayat'],
};

/** Build and check a document from JSON (throws on a structure the schema does not allow). */
function toNode(json: NodeJson): Node {
  const doc = perdaSchema.nodeFromJSON(json);
  doc.check();
  return doc;
}

/** The Pasal an item names and those it restates (canonical numbers). */
function pasalOfItem(
  entry: Entry,
  restated: NodeJson[],
): { pasal: Set<string>; restated: Set<string> } {
  const named = new Set<string>();
  const quoted = new Set<string>();
  for (const u of entry.units) {
    const m = /^Pasal\s+(\S+)/.exec(u);
    if (m) named.add(canonicalNum('pasal', m[1]) ?? '');
  }
  for (const r of restated)
    for (const p of r.type === 'pasal' ? [{ node: r }] : findAll(r, 'pasal'))
      quoted.add(canonicalNum('pasal', p.node.attrs?.baseNum) ?? '');
  const pasal = new Set([...named, ...quoted]);
  pasal.delete('');
  quoted.delete('');
  return { pasal, restated: quoted };
}

const UNSTRUCTURED =
  'Pasal I memuat satu perubahan tanpa butir bernomor (drafting-rules.md 3.4.1 Contoh 2), tetapi rumusan barunya terbaca sebagai paragraf biasa, bukan sebagai Pasal dan ayat (impor tidak menyusunnya); butir tidak diterapkan.';

/** Put report lines after the last line of their item (item 0: at the end). */
function placeLines(report: ApplyReportEntry[], lines: readonly ApplyReportEntry[]): void {
  for (const line of lines) {
    const at = line.item === 0 ? report.length : report.findLastIndex((r) => r.item === line.item) + 1;
    report.splice(at, 0, line);
  }
}

/** Apply `instrument` to `base`. */
export function applyInstrument(base: Node, instrument: Node): ApplyResult {
  const before = asPerubahan(base);
  let json = clone(before.toJSON() as NodeJson);
  json.attrs = { ...json.attrs, mode: 'perubahan', kind: 'perda' };
  const penjelasan = readInstrumentPenjelasan(instrument);
  const report: ApplyReportEntry[] = [];
  const done = new Map<number, ItemDone>();
  const items = readItems(instrument);
  const read = items.map((it) => readInstruction(it.text, it.fallback));
  items.forEach((it, i) => {
    const ins = read[i] as Instruction;
    const neighbours: ItemNeighbours = { before: read.slice(0, i).reverse(), after: read.slice(i + 1) };
    const restated = it.restated;
    // A word-level item ("frasa … diganti dengan …") restates nothing.
    const sentence = normaliseInstruction(it.text);
    const phrases = restated.length === 0 ? readPhraseChanges(sentence) : [];
    const phrase = phrases.length > 0;
    const snapshot = clone(json);
    let entry: Entry;
    try {
      if (it.form === 'unstructured')
        entry = fail(
          ins,
          UNSTRUCTURED,
          ins.place.pasal.map((p) => `Pasal ${p}`),
        );
      else if (ins.scope === 'lampiran' && ins.action && !phrase) entry = applyLampiranItem(json, ins, instrument);
      else if (ins.scope === 'penjelasan' && ins.action && !phrase)
        entry = applyPenjelasanItem(json, ins, it.n, penjelasan, restated);
      else entry = phrase ? applyPhrase(json, sentence, phrases) : applyOne(json, ins, restated, neighbours);
    } catch (e) {
      entry = {
        status: 'not-understood',
        action: ins.action ?? '?',
        units: [],
        message: `Butir tidak dapat diterapkan (${(e as Error).message}).`,
      };
    }
    const swallowed = swallowedInstructions(restated);
    if (entry.status === 'applied' && swallowed.length > 0) {
      entry = {
        ...entry,
        status: 'ambiguous',
        message:
          `${entry.message} Rumusan butir memuat teks yang tampak sebagai instruksi perubahan lain ("${swallowed[0]?.slice(0, 100)}"); kemungkinan butir berikutnya tidak terpisah saat impor dan ikut diterapkan sebagai isi. Periksa butir ini.`.trim(),
      };
    }
    if (entry.status === 'applied' || entry.status === 'ambiguous') {
      try {
        toNode(json);
      } catch {
        entry = {
          ...entry,
          status: 'not-understood',
          message:
            `Hasil penerapan tidak sesuai susunan Perda (misalnya Bagian di tengah pasal); butir tidak diterapkan. ${entry.message}`.trim(),
        };
      }
    }
    if (entry.status === 'not-understood') json = snapshot;
    done.set(it.n, {
      applied: entry.status === 'applied' || entry.status === 'ambiguous',
      ...(ins.scope === 'body'
        ? pasalOfItem(entry, restated)
        : { pasal: new Set<string>(), restated: new Set<string>() }),
    });
    report.push({ item: it.n, ...entry, message: entry.message || 'Diterapkan.' });
  });
  placeLines(report, applyExplanations(json, penjelasan, done));
  dedupeUids(json);
  linkRestated(json, report);
  const applied = toNode(json);
  const followed = penjelasanFollowsPasal(json, before, applied, done);
  placeLines(report, followed);
  return { doc: followed.length > 0 ? toNode(json) : applied, report };
}


/** Apply one item to the JSON tree (mutating it). */
function applyOne(doc: NodeJson, written: Instruction, restated: NodeJson[], neighbours: ItemNeighbours): Entry {
  const body = bodyOf(doc);
  const ins = expandRanges(body, written);
  const action = ins.action;
  if (ins.scope === 'unknown' || !action)
    return fail(ins, `Kata kerja perubahan tidak dikenali dalam "${ins.text.slice(0, 120)}".`);
  if (changesTitle(ins, restated)) return applyGroupTitle(body, ins, restated);
  if (action === 'dihapus') {
    const entry = applyDelete(body, ins, restated);
    // "Pasal 24 dicabut.": Lampiran II revokes regulations, it deletes units; read as "dihapus", and say so.
    if (entry.status === 'applied' && /\bdicabut\b/i.test(ins.text))
      return { ...entry, status: 'ambiguous', message: `${entry.message} Kata "dicabut" dibaca sebagai "dihapus" (unit dalam Peraturan Daerah dihapus, bukan dicabut); periksa butir ini.`.trim() };
    return entry;
  }
  if (action === 'disisipkan' || action === 'ditambah') return applyInsert(body, ins, restated, neighbours);
  return applyChange(body, ins, restated);
}

/**
 * The ayat an item names (changed, deleted or added: "… diubah dan ditambah 1 (satu) ayat, yakni
 * ayat (2)") that the Pasal it restates lacks: a quoted ayat the source ran into the one before it
 * ("… sama. __ (2) …") or lost.
 */
function namedAyatMissing(ins: Instruction, restated: NodeJson): string[] {
  const has = new Set((restated.content ?? []).filter((c) => c.type === 'ayat').map((c) => canonicalNum('ayat', c.attrs?.baseNum)));
  return unique([...ins.place.ayat, ...ins.added.ayat]).filter((a) => !has.has(canonicalNum('ayat', a)));
}

/** Restated nodes of one type at the top of the item. */
const ofType = (restated: NodeJson[], type: string) => restated.filter((r) => r.type === type);

/** "diubah": replace the Pasal (or ayat) with the restated text. */
function applyChange(body: NodeJson, ins: Instruction, restated: NodeJson[]): Entry {
  const targets = unique(ins.place.pasal);
  const units = targets
    .map((p) =>
      ins.place.ayat.length ? ins.place.ayat.map((a) => `Pasal ${p} ayat (${a})`) : [`Pasal ${p}`],
    )
    .flat();
  if (targets.length === 0) {
    if (ins.place.bab.length === 1 && ofType(restated, 'bab').length === 1) {
      const loc = findUnit(body, 'bab', ins.place.bab[0] as string);
      if (!loc)
        return fail(ins, `BAB ${ins.place.bab[0]} tidak ada dalam naskah dasar.`, [
          `BAB ${ins.place.bab[0]}`,
        ]);
      replaceAt(loc, ofType(restated, 'bab')[0] as NodeJson, 'bab', ins.place.bab[0] as string);
      return {
        status: 'applied',
        action: 'diubah',
        units: [`BAB ${ins.place.bab[0]}`],
        message: '',
      };
    }
    return fail(ins, 'Butir tidak menyebut Pasal yang diubah.');
  }
  const pasalR = ofType(restated, 'pasal');
  const partial = targets.length === 1 && pasalR.length === 1 && restated.length === 1 ? partialRestatement(body, ins, pasalR[0] as NodeJson, targets[0] as string) : null;
  if (partial) return partial;
  const notes: string[] = [];
  let status: Entry['status'] = 'applied';
  if (pasalR.length > 0) {
    // "Pasal 37 dipecah menjadi 2 (dua) pasal yakni menjadi Pasal 37 dan Pasal 37 A": the new piece goes after the one before it.
    const split = /\bdipecah\b/i.test(ins.text);
    let last: NodeJson | null = null;
    for (const p of targets) {
      const loc = findUnit(body, 'pasal', p);
      const piece: NodeJson | undefined = !loc && split && last ? pasalR.find((x) => canonicalNum('pasal', x.attrs?.baseNum) === canonicalNum('pasal', p)) : undefined;
      if (piece && last) {
        if (!insertBeside(body, last, [piece])) return fail(ins, `Pasal ${p} tidak dapat disisipkan sesudah Pasal yang dipecah.`, units);
        notes.push(`Pasal ${p} disisipkan sebagai pecahan pasal sebelumnya.`);
        last = piece;
        continue;
      }
      if (!loc) return fail(ins, `Pasal ${p} tidak ada dalam naskah dasar.`, units);
      let r = pasalR.find(
        (x) => canonicalNum('pasal', x.attrs?.baseNum) === canonicalNum('pasal', p),
      );
      if (!r && pasalR.length === 1 && targets.length === 1) {
        r = pasalR[0];
        status = 'ambiguous';
        notes.push(
          `Butir menyebut Pasal ${p} tetapi rumusan barunya berjudul Pasal ${r?.attrs?.baseNum}; diterapkan pada Pasal ${p}.`,
        );
      }
      if (!r) return fail(ins, `Rumusan baru Pasal ${p} tidak ditemukan dalam butir.`, units);
      replaceAt(loc, r, 'pasal', p);
      last = r;
      const missing = targets.length === 1 ? namedAyatMissing(ins, r) : [];
      if (missing.length > 0) {
        status = 'ambiguous';
        notes.push(`Butir menyebut ${missing.map((a) => `ayat (${a})`).join(', ')}, tetapi rumusan baru Pasal ${p} tidak memuatnya; periksa rumusan itu.`);
      }
    }
    if (pasalR.length > targets.length) {
      status = 'ambiguous';
      notes.push(
        `Butir memuat ${pasalR.length} pasal tetapi hanya menyebut ${targets.map((t) => `Pasal ${t}`).join(', ')}; pasal lain dalam butir tidak diterapkan.`,
      );
    }
    return { status, action: 'diubah', units, message: notes.join(' ') };
  }
  if (targets.length !== 1)
    return fail(
      ins,
      'Butir menyebut beberapa Pasal tetapi tidak memuat judul Pasal pada rumusan barunya.',
      units,
    );
  const p = targets[0] as string;
  const loc = findUnit(body, 'pasal', p);
  if (!loc) return fail(ins, `Pasal ${p} tidak ada dalam naskah dasar.`, units);
  if (restated.length > 0 && restated.every((r) => r.type === 'ayat') && (ins.place.ayat.length > 0 || ins.added.ayat.length > 0))
    return applyAyat(loc, ins, restated, p);
  if (namesItems(ins)) {
    const items = applyItems(body, ins, restated);
    if (items) return items;
  }
  const content = restated.filter(
    (r) => r.type === 'ayat' || r.type === 'para' || r.type === 'list',
  );
  if (content.length === 0)
    return fail(
      ins,
      'Butir tidak memuat rumusan baru yang dapat dikenali (diperlukan Pasal atau ayat yang dirumuskan ulang).',
      units,
    );
  const node: NodeJson = { type: 'pasal', attrs: { ...loc.node.attrs, deleted: false }, content };
  replaceAt(loc, node, 'pasal', p);
  return {
    status: 'applied',
    action: 'diubah',
    units,
    message: `Rumusan baru dalam butir tidak diawali judul "Pasal ${p}"; diterapkan pada Pasal ${p} sebagaimana disebut dalam butir.`,
  };
}

/**
 * An item that names some ayat or list items of a Pasal and quotes them under the Pasal's heading,
 * without the rest of the Pasal ("Ketentuan Pasal 20 ayat (1) diubah, sehingga Pasal 20 ayat (1)
 * menjadi berbunyi sebagai berikut: "Pasal 20 (1) …"", "… Pasal 6 huruf m …: "Pasal 6 m. …"", as
 * UU 10/1998 writes them): only those ayat or items change, the others stay. Null where the
 * quoted Pasal holds more than the ayat or items the sentence names (the whole Pasal restated).
 */
function partialRestatement(body: NodeJson, ins: Instruction, quoted: NodeJson, p: string): Entry | null {
  if (canonicalNum('pasal', quoted.attrs?.baseNum) !== canonicalNum('pasal', p)) return null;
  const inner = (quoted.content ?? []).filter((c) => !(c.type === 'para' && (c.content ?? []).length === 0));
  if (inner.length === 0) return null;
  const named = new Set([...ins.place.ayat, ...ins.added.ayat].map((n) => canonicalNum('ayat', n) ?? ''));
  if (named.size > 0 && inner.every((c) => c.type === 'ayat' && named.has(canonicalNum('ayat', c.attrs?.baseNum) ?? ''))) {
    const loc = findUnit(body, 'pasal', p);
    return loc ? applyAyat(loc, ins, inner, p) : null;
  }
  if (ins.place.ayat.length === 0 && namesItems(ins) && inner.every((c) => c.type === 'list')) return applyItems(body, ins, inner);
  return null;
}

/** "dihapus": mark Pasal, ayat, BAB, Bagian or Paragraf deleted (or restate the Pasal given). */
function applyDelete(body: NodeJson, ins: Instruction, restated: NodeJson[]): Entry {
  const { pasal, ayat } = ins.place;
  // A huruf or angka deleted inside a Pasal: the item keeps its number and reads "Dihapus.", or the
  // item restates the Pasal, ayat or list items as they now read. Never the whole Pasal deleted.
  if (namesItems(ins)) {
    if (restated.length === 0) return applyItemDelete(body, ins);
    return { ...(applyItems(body, ins, restated) ?? applyChange(body, ins, restated)), action: 'dihapus' };
  }
  if (ayat.length > 0 && pasal.length > 0) {
    if (restated.length > 0) return { ...applyChange(body, ins, restated), action: 'dihapus' };
    const p = pasal[pasal.length - 1] as string;
    const loc = findUnit(body, 'pasal', p);
    const units = ayat.map((a) => `Pasal ${p} ayat (${a})`);
    if (!loc) return fail(ins, `Pasal ${p} tidak ada dalam naskah dasar.`, units);
    for (const a of ayat) {
      const al = findUnit(loc.node, 'ayat', a);
      if (!al) return fail(ins, `Ayat (${a}) Pasal ${p} tidak ada dalam naskah dasar.`, units);
      al.node.attrs = { ...al.node.attrs, deleted: true };
    }
    return { status: 'applied', action: 'dihapus', units, message: '' };
  }
  // Pasal named: those Pasal; else the innermost grouping unit named, inside the outer ones named
  // ("Bagian Kedua BAB IV dihapus." deletes that Bagian, never BAB IV).
  const named = pasal.length > 0 ? { container: body, within: '', type: 'pasal', nums: unique(pasal) } : innermostGroup(body, ins);
  if (typeof named === 'string') return fail(ins, named);
  const { container, within, type, nums } = named;
  const units: string[] = [];
  for (const n of nums) {
    const loc = findUnit(container, type, n);
    units.push(`${within}${label(type, n)}`);
    if (!loc) return fail(ins, `${within}${label(type, n)} tidak ada dalam naskah dasar.`, units);
    loc.node.attrs = { ...loc.node.attrs, deleted: true };
  }
  return { status: 'applied', action: 'dihapus', units, message: '' };
}

/** Insert `nodes` after (or, with `side` "before", before) the unit at `anchor`, climbing to the level that can hold them. */
function insertBeside(root: NodeJson, anchor: NodeJson, nodes: NodeJson[], side: 'after' | 'before' = 'after'): boolean {
  const type = nodes[0]?.type ?? '';
  let cur: NodeJson = anchor;
  for (let guard = 0; guard < 6; guard++) {
    const loc = locate(root, cur);
    if (!loc) return false;
    if ((HOLDS[loc.parent.type] ?? []).includes(type)) {
      (loc.parent.content as NodeJson[]).splice(side === 'after' ? loc.index + 1 : loc.index, 0, ...nodes);
      return true;
    }
    cur = loc.parent;
  }
  return false;
}

/**
 * The Pasal an inserted Pasal follows by its number alone ("Pasal 81A" follows Pasal 81), where an
 * item names no Pasal to insert it beside: in the BAB the item names, if it names one.
 */
function anchorByNumber(body: NodeJson, ins: Instruction): string | undefined {
  const stem = /^(\d+)\s?[A-Z]$/i.exec((ins.added.pasal[0] ?? '').trim())?.[1];
  if (stem === undefined) return undefined;
  const bab = ins.place.bab[0];
  const scope = bab === undefined ? body : findUnit(body, 'bab', bab)?.node;
  return scope && findUnit(scope, 'pasal', stem) ? stem : undefined;
}

/** "disisipkan" / "ditambah": insert Pasal, BAB, Bagian, Paragraf, or ayat into a Pasal. */
function applyInsert(body: NodeJson, ins: Instruction, restated: NodeJson[], neighbours: ItemNeighbours): Entry {
  const action = ins.action as string;
  const groups = restated.filter(
    (r) => r.type === 'bab' || r.type === 'bagian' || r.type === 'paragraf',
  );
  const pasalR = ofType(restated, 'pasal');
  const insideUnit =
    ins.added.ayat.length > 0 ||
    ins.added.angka.length > 0 ||
    ins.added.huruf.length > 0 ||
    ins.place.ayat.length > 0 ||
    ins.place.angka.length > 0;
  if (groups.length > 0) {
    const type = groups[0]?.type as string;
    const units = groups.map((g) => label(g.type, String(g.attrs?.baseNum ?? '')));
    const gap = type !== 'bab' && ins.place.pasal.length === 0 ? groupGapAnchor(body, ins, type as 'bagian' | 'paragraf', groups, neighbours) : null;
    if (typeof gap === 'string') return fail(ins, gap, units);
    const anchor =
      type === 'bab' && ins.place.bab.length > 0
        ? findUnit(body, 'bab', ins.place.bab[0] as string)
        : ins.place.pasal.length > 0
          ? findUnit(body, 'pasal', ins.place.pasal[0] as string)
          : gap && { node: gap };
    if (!anchor)
      return fail(
        ins,
        `Letak penyisipan ${units.join(', ')} tidak dapat ditentukan dari butir.`,
        units,
      );
    if (!insertBeside(body, anchor.node, groups))
      return fail(
        ins,
        `${units.join(', ')} tidak dapat ditempatkan sesudah unit yang disebut.`,
        units,
      );
    const named = [...ins.added.bab, ...ins.added.bagian, ...ins.added.paragraf];
    const ok = named.length === 0 || named.length === groups.length;
    return {
      status: ok ? 'applied' : 'ambiguous',
      action,
      units,
      message: ok
        ? ''
        : `Butir menyebut ${named.length} unit tetapi memuat ${groups.length}; semua unit yang dimuat disisipkan.`,
    };
  }
  if (!insideUnit && pasalR.length > 0) {
    const units = pasalR.map((r) => `Pasal ${r.attrs?.baseNum}`);
    const anchorNum = ins.place.pasal[0] ?? anchorByNumber(body, ins);
    if (!anchorNum) return fail(ins, 'Butir tidak menyebut Pasal tempat penyisipan.', units);
    const anchor = findUnit(body, 'pasal', anchorNum);
    if (!anchor) return fail(ins, `Pasal ${anchorNum} tidak ada dalam naskah dasar.`, units);
    if (ins.place.pasal.length === 0) {
      // "Dalam Bab VII … ditambah 1 (satu) pasal baru yakni Pasal 81A": placed by its number, for a look.
      if (!insertBeside(body, anchor.node, pasalR, 'after')) return fail(ins, 'Pasal tidak dapat disisipkan di tempat yang disebut.', units);
      return { status: 'ambiguous', action, units, message: `Butir tidak menyebut letak penyisipan; ${units.join(', ')} disisipkan sesudah Pasal ${anchorNum} menurut nomornya.` };
    }
    // "Dalam BAB VII sebelum Pasal 44 ditambah … Pasal 43 B": before the Pasal it names.
    const beforeNum = /\bsebelum\s+Pasal\s+(\d+\s?[A-Z]?)\b/i.exec(ins.text)?.[1];
    const side = beforeNum !== undefined && canonicalNum('pasal', beforeNum) === canonicalNum('pasal', anchorNum) ? 'before' : 'after';
    const named = ins.added.pasal.map((n) => canonicalNum('pasal', n));
    const have = pasalR.map((r) => canonicalNum('pasal', r.attrs?.baseNum));
    const same = named.length === have.length && named.every((n, i) => n === have[i]);
    // One Pasal named ("… yang dijadikan Pasal 12A") and one quoted under the number of the Pasal it follows ("Pasal 12"): its heading lost the letter.
    const relabel = !same && named.length === 1 && pasalR.length === 1 && have[0] === canonicalNum('pasal', anchorNum) ? ins.added.pasal[0] : undefined;
    if (relabel !== undefined) (pasalR[0] as NodeJson).attrs = { ...(pasalR[0] as NodeJson).attrs, baseNum: relabel };
    const awaiting = awaitingGroup(body, anchor.node, side);
    if (awaiting) awaiting.content = [...(awaiting.content ?? []), ...pasalR];
    else if (!insertBeside(body, anchor.node, pasalR, side))
      return fail(ins, 'Pasal tidak dapat disisipkan di tempat yang disebut.', relabel !== undefined ? [`Pasal ${relabel}`] : units);
    if (relabel !== undefined)
      return { status: 'ambiguous', action, units: [`Pasal ${relabel}`], message: `Butir menyebut Pasal ${relabel} tetapi rumusan barunya berjudul Pasal ${have[0]}; disisipkan sebagai Pasal ${relabel} ${side === 'after' ? 'sesudah' : 'sebelum'} Pasal ${anchorNum}.` };
    return {
      status: same ? 'applied' : 'ambiguous',
      action,
      units,
      message: same
        ? ''
        : `${named.length ? `Butir menyebut ${named.map((n) => `Pasal ${n}`).join(', ')} tetapi memuat` : 'Butir tidak menyebut nomor pasal yang disisipkan, tetapi memuat'} ${have.map((n) => `Pasal ${n}`).join(', ')}; yang dimuat disisipkan ${side === 'after' ? 'sesudah' : 'sebelum'} Pasal ${anchorNum}.`,
    };
  }
  // An ayat, angka or huruf inserted into one Pasal.
  const p = ins.place.pasal[ins.place.pasal.length - 1];
  if (!p) return fail(ins, 'Butir tidak menyebut Pasal tempat penyisipan.');
  const units = ins.added.ayat.length
    ? ins.added.ayat.map((a) => `Pasal ${p} ayat (${a})`)
    : ins.added.angka.length
      ? ins.added.angka.map((a) => `Pasal ${p} angka ${a}`)
      : ins.added.huruf.length
        ? ins.added.huruf.map((h) => `Pasal ${p} huruf ${h}`)
        : [`Pasal ${p}`];
  const loc = findUnit(body, 'pasal', p);
  if (!loc) return fail(ins, `Pasal ${p} tidak ada dalam naskah dasar.`, units);
  const whole =
    pasalR.find((r) => canonicalNum('pasal', r.attrs?.baseNum) === canonicalNum('pasal', p)) ??
    (pasalR.length === 1 ? pasalR[0] : undefined);
  if (whole) {
    replaceAt(loc, whole, 'pasal', p);
    return {
      status: 'applied',
      action,
      units,
      message: `Pasal ${p} diganti dengan rumusan lengkap dalam butir.`,
    };
  }
  const addsItems = ins.added.huruf.length > 0 || ins.added.angka.length > 0;
  if (addsItems || (namesItems(ins) && ins.added.ayat.length === 0)) {
    const items = applyItems(body, ins, restated);
    if (items) return items;
    if (!restated.some((r) => r.type === 'list' || r.type === 'ayat'))
      return fail(ins, 'Rumusan huruf atau angka yang disisipkan tidak terbaca sebagai daftar bernomor; butir tidak diterapkan.', units);
  }
  const ayatR = ofType(restated, 'ayat');
  if (ayatR.length > 0 && ayatR.length === restated.length && ins.added.ayat.length > 0)
    return applyAyat(loc, ins, ayatR, p);
  if (ayatR.length > 0 || restated.some((r) => r.type === 'para' || r.type === 'list')) {
    const content = restated.filter(
      (r) => r.type === 'ayat' || r.type === 'para' || r.type === 'list',
    );
    replaceAt(loc, { type: 'pasal', attrs: { ...loc.node.attrs }, content }, 'pasal', p);
    return {
      status: 'ambiguous',
      action,
      units,
      message: `Butir tidak memuat judul Pasal ${p}; isi butir dianggap rumusan lengkap Pasal ${p}.`,
    };
  }
  return fail(ins, 'Butir tidak memuat rumusan yang disisipkan.', units);
}

/** "Penjelasan Pasal p diubah …" (F18): the new text is the instrument's explanation of Pasal p. */
function applyPenjelasanItem(
  doc: NodeJson,
  ins: Instruction,
  n: number,
  penjelasan: InstrumentPenjelasan,
  restated: NodeJson[],
): Entry {
  const p = ins.place.pasal[0];
  const units = p ? [`Penjelasan Pasal ${p}`] : ['Penjelasan'];
  if (!p)
    return fail(ins, 'Butir Penjelasan tidak menyebut Pasal yang penjelasannya diubah.', units);
  const action = ins.action ?? 'diubah';
  const inline = explanationParas(restated);
  const found = takeExplanation(penjelasan, n, p) ?? (inline.length > 0 ? { content: inline } : null);
  if (!found) {
    return {
      status: 'not-applied',
      needs: 'penjelasan',
      action,
      units,
      message: `Butir dipahami: Penjelasan Pasal ${p} naskah dasar diganti dengan penjelasannya dalam Penjelasan Peraturan Daerah perubahan. Tidak diterapkan: ${penjelasan.present ? `Penjelasan Peraturan Daerah perubahan tidak memuat penjelasan Pasal ${p}` : 'berkas Peraturan Daerah perubahan tidak memuat Penjelasan'}; Penjelasan Pasal ${p} tidak diubah.`,
    };
  }
  const err = setExplanation(doc, p, found.content);
  if (err)
    return {
      status: 'not-applied',
      action,
      units,
      message: `Butir dipahami, tetapi tidak diterapkan: ${err}`,
    };
  return {
    status: 'applied',
    action,
    units,
    message: inline.length > 0 && found.content === inline
      ? `Penjelasan Pasal ${p} diganti dengan rumusan dalam butir.`
      : `Penjelasan Pasal ${p} diganti dengan penjelasannya dalam Penjelasan Peraturan Daerah perubahan.`,
  };
}

/**
 * The explanation an item restates inline ("Ketentuan Penjelasan Pasal 9 diubah sehingga berbunyi
 * sebagai berikut: Pasal 9 / Ayat (1) / Cukup jelas."), as the paragraphs of a Penjelasan entry:
 * a restated "Pasal 9" heading gives its content; an ayat its "Ayat (n)" line, then its text.
 */
function explanationParas(restated: readonly NodeJson[]): NodeJson[] {
  const out: NodeJson[] = [];
  const line = (text: string): NodeJson => ({ type: 'para', content: [{ type: 'text', text }] });
  const walk = (n: NodeJson) => {
    if (n.type === 'para') out.push(clone(n));
    else if (n.type === 'ayat') {
      out.push(line(`Ayat (${String(n.attrs?.baseNum ?? '')})`));
      (n.content ?? []).forEach(walk);
    } else (n.content ?? []).forEach(walk);
  };
  restated.forEach(walk);
  return out.filter((p) => (p.content ?? []).length > 0);
}

/** Paragraph texts inside restated units that read as change instructions (an item the importer did not split off). */
function swallowedInstructions(restated: NodeJson[]): string[] {
  const out: string[] = [];
  const text = (n: NodeJson): string => (n.text ?? '') + (n.content ?? []).map(text).join('');
  const walk = (n: NodeJson) => {
    if (n.type === 'para') {
      const t = text(n).trim();
      if (
        /^(Ketentuan|Di\s?antara|Diantara)\b/i.test(t) &&
        /\bsebagai\s+berikut\s*:?\s*$|\bdihapus\.?$/i.test(t) &&
        readInstruction(t).action !== null
      )
        out.push(t);
      if (
        /^(Ketentuan|Di\s?antara|Diantara|Pasal|Bab)\b/i.test(t) &&
        /\bdi(pindahkan|alihkan)\b/i.test(t)
      )
        out.push(t);
      return;
    }
    (n.content ?? []).forEach(walk);
  };
  restated.forEach(walk);
  return out;
}
