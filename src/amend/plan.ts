/**
 * From base and draft to the list of change items (drafting-rules.md 3.8 steps 2–5): compare
 * the two texts (src/diff), classify each Pasal (changed, inserted, deleted, moved; splits and
 * merges become changes plus insertions or deletions), coalesce ayat and definition changes into
 * one item per Pasal, group contiguous insertions, cover units inside an inserted BAB, Bagian or
 * Paragraf by one item, and key every item by its place in the base text.
 */
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../diff';
import type { Comparison, PasalRow } from '../diff';
import type { NodeJson } from '../model/doc-json';
import { joinNumber, nextSuffix, splitNumber } from '../model/insertion-suffix';
import { numberDocument, type Numbering } from '../model/numbering';
import type { SkeletonRegion } from '../model/skeleton-region';
import type { ItemAction, InstrumentItem } from './types';
import { countWords, formula, RESTATE_NOTE, unitList, type FilledFormula } from './formulas';
import { stripDeleted } from './prepare';
import { restateUnit } from './restate';
import { ancestorOfType, indexUnits, type UnitIndex } from './unit-index';

/** An item with its sort key (place in the base text). */
export interface KeyedItem {
  key: number;
  item: InstrumentItem;
}

/** What the planner found. */
export interface Plan {
  items: KeyedItem[];
  comparison: Comparison;
  /** Base Pasal (not counting base "Dihapus." placeholders). */
  basePasal: number;
  /** Pasal changed, inserted or deleted (a move counts once). */
  touchedPasal: number;
  warnings: string[];
}

/** The context shared by the planner's steps. */
interface Ctx {
  base: Node;
  draft: Node;
  nb: Numbering;
  nd: Numbering;
  bi: UnitIndex;
  di: UnitIndex;
  region: SkeletonRegion;
  warnings: string[];
  oldKey: Map<string, number>;
}

const numOf = (n: Numbering, uid: string) => n.get(uid)?.num ?? '?';

function makeItem(
  f: FilledFormula,
  action: ItemAction,
  verb: InstrumentItem['verb'],
  units: string[],
  restated: NodeJson[],
  targetUids: string[],
): InstrumentItem {
  const item: InstrumentItem = {
    action,
    verb,
    units,
    text: f.text,
    template: f.template,
    formula: f.formula,
    restated,
    targetUids,
  };
  if (f.note) item.note = f.note;
  return item;
}

/**
 * The address of the BAB, Bagian or Paragraf ("BAB VII") that the run of inserted Pasal
 * `order[from..to]` opens in the draft: it holds the kept Pasal after the run and not the kept
 * Pasal before it (UU 20/2001 Pasal I angka 8: "Dalam BAB VII sebelum Pasal 44 ditambah 1 (satu)
 * pasal baru yakni Pasal 43 B", with BAB VIA inserted between Pasal 43 and Pasal 44); else null.
 */
function opensContainerOf(ctx: Ctx, order: readonly string[], from: number, to: number, inserted: ReadonlySet<string>): string | null {
  const kept = (k: number) => !inserted.has(order[k] as string);
  let before = from - 1;
  while (before >= 0 && !kept(before)) before--;
  let after = to + 1;
  while (after < order.length && !kept(after)) after++;
  const parentOf = (uid: string | undefined) => (uid === undefined ? undefined : (ctx.di.units.get(uid)?.parent ?? null));
  const own = parentOf(order[from]);
  if (own === undefined || own === null || parentOf(order[after]) !== own || parentOf(order[before]) === own) return null;
  return ctx.nd.get(own)?.address ?? null;
}

/** Plan the items that turn `base` into `draft` (both in perubahan numbering). */
export function planItems(base: Node, draft: Node, region: SkeletonRegion): Plan {
  const baseS = stripDeleted(base);
  const draftS = stripDeleted(draft);
  // The draft amends the base: where it was read from a file (no uid shared), its Pasal pair by number.
  const comparison = compareDocs(baseS.doc, draftS.doc, { amends: true });
  const ctx: Ctx = {
    base,
    draft,
    nb: numberDocument(base),
    nd: numberDocument(draft),
    bi: indexUnits(base),
    di: indexUnits(draft),
    region,
    warnings: [],
    oldKey: new Map(),
  };
  ctx.bi.pasal.forEach((u, i) => ctx.oldKey.set(u, i));
  const items: KeyedItem[] = [];

  // 1. Classify the Pasal rows.
  const pairs: Array<{ oldUid: string; newUid: string; row: PasalRow | null }> = [];
  const inserted = new Set<string>();
  const deleted = new Set<string>();
  const moved = new Set<string>();
  const newToOld = new Map<string, string>();
  for (const row of comparison.pasal) {
    const o = row.old?.uid ?? null;
    const n = row.new?.uid ?? null;
    switch (row.status) {
      case 'unchanged':
      case 'renumbered':
        if (o && n) newToOld.set(n, o);
        if (row.status === 'renumbered' && o && n && numOf(ctx.nb, o) !== numOf(ctx.nd, n)) {
          ctx.warnings.push(
            `${row.old?.label} tercantum sebagai ${row.new?.label} tanpa perubahan isi; dalam perubahan nomor pasal tidak boleh diubah (drafting-rules.md 2.3). Tidak dibuat butir.`,
          );
        }
        break;
      case 'changed':
      case 'moved':
        if (!o || !n) break;
        if (row.moved) {
          inserted.add(n);
          deleted.add(o);
          moved.add(n);
        } else {
          pairs.push({ oldUid: o, newUid: n, row });
          newToOld.set(n, o);
        }
        break;
      case 'inserted':
        if (n) inserted.add(n);
        break;
      case 'deleted':
        if (o) deleted.add(o);
        break;
      case 'split':
      case 'merged': {
        const olds = row.oldAll.map((r) => r.uid);
        const news = row.status === 'split' ? (n ? [n] : []) : row.newAll.map((r) => r.uid);
        for (const nu of news) {
          const same = olds.find((ou) => numOf(ctx.nb, ou) === numOf(ctx.nd, nu));
          if (same) {
            if (!pairs.some((p) => p.newUid === nu))
              pairs.push({ oldUid: same, newUid: nu, row: null });
            newToOld.set(nu, same);
          } else inserted.add(nu);
        }
        const allNew = row.newAll.map((r) => r.uid);
        for (const ou of olds)
          if (!allNew.some((nu) => numOf(ctx.nd, nu) === numOf(ctx.nb, ou))) deleted.add(ou);
        break;
      }
    }
  }
  for (const p of pairs) deleted.delete(p.oldUid);

  // Draft placeholders ("Dihapus.") stand at their base place.
  const baseByNum = new Map<string, string>();
  for (const u of ctx.bi.pasal)
    if (!baseByNum.has(numOf(ctx.nb, u))) baseByNum.set(numOf(ctx.nb, u), u);
  for (const uid of draftS.removed) {
    if (ctx.di.units.get(uid)?.type !== 'pasal') continue;
    const o = ctx.bi.units.has(uid) ? uid : baseByNum.get(numOf(ctx.nd, uid));
    if (o) newToOld.set(uid, o);
  }
  const baseOf = (newUid: string): string | null =>
    moved.has(newUid) ? null : (newToOld.get(newUid) ?? null);

  // 2. Deletions: whole BAB (F14), then single Pasal (F12).
  const coveredDeleted = new Set<string>();
  for (const h of comparison.headings) {
    if (h.status !== 'deleted' || !h.old) continue;
    const u = ctx.bi.units.get(h.old.uid);
    if (!u) continue;
    const inside = ctx.bi.pasalOf.get(u.uid) ?? [];
    const live = inside.filter((p) => !baseS.removed.has(p));
    if (u.type === 'bab' && live.every((p) => deleted.has(p))) {
      live.forEach((p) => coveredDeleted.add(p));
      const bab = numOf(ctx.nb, u.uid);
      items.push({
        key: (ctx.oldKey.get(inside[0] ?? '') ?? 0) - 0.25,
        item: makeItem(
          formula('hapusBab', { bab }, region),
          'dihapus',
          'dihapus',
          [`BAB ${bab}`],
          [],
          [u.uid],
        ),
      });
    } else {
      ctx.warnings.push(
        `Judul ${ctx.nb.get(u.uid)?.address ?? u.type} dihapus: Lampiran II tidak memuat rumusan penghapusan ${u.type === 'bab' ? 'BAB yang pasalnya tidak seluruhnya dihapus' : 'Bagian/Paragraf'}; periksa susunan (sistematika).`,
      );
    }
  }
  for (const o of deleted) {
    if (coveredDeleted.has(o)) continue;
    const pasal = numOf(ctx.nb, o);
    const f = formula('hapusPasal', { pasal }, region);
    items.push({
      key: ctx.oldKey.get(o) ?? 0,
      item: makeItem(f, 'dihapus', 'dihapus', [`Pasal ${pasal}`], [], [o]),
    });
  }

  // 3. Changed Pasal.
  for (const p of pairs)
    items.push({
      key: ctx.oldKey.get(p.oldUid) ?? 0,
      item: changedItem(ctx, p.oldUid, p.newUid, p.row),
    });

  // 4. Insertions: grouping units first, then runs of Pasal.
  const insertedHeadings = new Set<string>();
  const headingOld = new Map<string, string>();
  for (const h of comparison.headings) {
    if (h.status === 'inserted' && h.new) insertedHeadings.add(h.new.uid);
    else if (h.old && h.new) headingOld.set(h.new.uid, h.old.uid);
  }
  const coverOf = (uid: string): string | null => {
    let top: string | null = null;
    let cur = ctx.di.units.get(uid)?.parent ?? null;
    while (cur) {
      if (insertedHeadings.has(cur)) top = cur;
      cur = ctx.di.units.get(cur)?.parent ?? null;
    }
    return top;
  };
  const order = ctx.di.pasal;
  const prevBaseOf = (i: number): string | null => {
    for (let k = i - 1; k >= 0; k--) {
      const b = baseOf(order[k] as string);
      if (b && !inserted.has(order[k] as string)) return b;
    }
    return null;
  };
  const nextBaseOf = (i: number): string | null => {
    for (let k = i + 1; k < order.length; k++) {
      const b = baseOf(order[k] as string);
      if (b && !inserted.has(order[k] as string)) return b;
    }
    return null;
  };
  const used = new Set<string>(
    [...ctx.nb.values()].filter((u) => u.type === 'pasal').map((u) => u.num),
  );
  for (const u of ctx.nd.values()) if (u.type === 'pasal') used.add(u.num);
  const numberOfInserted = (uid: string, prevBase: string | null): string => {
    if (!moved.has(uid) || !prevBase) return numOf(ctx.nd, uid);
    const prev = splitNumber('arabic', numOf(ctx.nb, prevBase)) ?? {
      stem: numOf(ctx.nb, prevBase),
      suffix: '',
    };
    let suffix = nextSuffix('arabic', prev.suffix);
    while (used.has(joinNumber('arabic', { stem: prev.stem, suffix })))
      suffix = nextSuffix('arabic', suffix);
    const n = joinNumber('arabic', { stem: prev.stem, suffix });
    used.add(n);
    return n;
  };
  const doneHeadings = new Set<string>();
  let seq = 0;
  for (let i = 0; i < order.length; i++) {
    const uid = order[i] as string;
    if (!inserted.has(uid)) continue;
    const cover = coverOf(uid);
    if (cover) {
      if (!doneHeadings.has(cover)) {
        doneHeadings.add(cover);
        const it = headingInsertItem(
          ctx,
          cover,
          i,
          prevBaseOf,
          nextBaseOf,
          insertedHeadings,
          headingOld,
          baseOf,
        );
        if (it) items.push({ key: it.key + ++seq * 1e-4, item: it.item });
      }
      continue;
    }
    // A run of inserted Pasal with the same parent.
    const parent = ctx.di.units.get(uid)?.parent ?? null;
    const run = [uid];
    while (i + 1 < order.length) {
      const next = order[i + 1] as string;
      if (
        !inserted.has(next) ||
        coverOf(next) ||
        (ctx.di.units.get(next)?.parent ?? null) !== parent
      )
        break;
      run.push(next);
      i++;
    }
    const prevBase = prevBaseOf(i - run.length + 1);
    const nextBase = nextBaseOf(i);
    if (!prevBase) {
      ctx.warnings.push(
        `Pasal yang disisipkan sebelum Pasal pertama naskah dasar tidak dapat diberi nomor menurut Lampiran II (tidak ada "nomor sebelumnya + huruf"); nyatakan kembali pasal sesudahnya. Tidak dibuat butir untuk ${run.map((u) => ctx.nd.get(u)?.marker ?? u).join(', ')}.`,
      );
      continue;
    }
    const nums = run.map((u) => numberOfInserted(u, prevBase));
    const restated = run.map((u, k) => {
      const json = restateUnit(ctx.nd, ctx.di.units.get(u)?.node as Node);
      json.attrs = { ...json.attrs, baseNum: nums[k] };
      return json;
    });
    const values = {
      pasal: numOf(ctx.nb, prevBase),
      jumlah: countWords(run.length),
      daftarPasal: unitList('Pasal', nums),
    };
    const moveNote = run.some((u) => moved.has(u))
      ? 'Pasal ini dipindahkan: Lampiran II tidak mengenal rumusan "dipindahkan" dan melarang penomoran ulang, maka pemindahan dinyatakan sebagai penghapusan di tempat lama dan penyisipan di tempat baru (drafting-rules.md 2.3).'
      : undefined;
    // The run opens the BAB (or Bagian) of the Pasal after it, not that of the Pasal before it:
    // "Di antara Pasal 43 dan Pasal 44" would not say on which side of the BAB it goes.
    const opens = nextBase ? opensContainerOf(ctx, order, i - run.length + 1, i, inserted) : null;
    const f = !nextBase
      ? formula('tambahPasalAkhir', values, region, moveNote)
      : opens
        ? formula('sisipPasalAwalBab', { ...values, wadah: opens, pasalBerikut: numOf(ctx.nb, nextBase) }, region, moveNote)
        : formula(
            'sisipPasal',
            { ...values, pasalBerikut: numOf(ctx.nb, nextBase) },
            region,
            moveNote,
          );
    items.push({
      key: (ctx.oldKey.get(prevBase) ?? 0) + 0.5 + ++seq * 1e-4,
      item: makeItem(
        f,
        'disisipkan',
        'disisipkan',
        nums.map((n) => `Pasal ${n}`),
        restated,
        run,
      ),
    });
  }
  for (const h of insertedHeadings) {
    const inside = ctx.di.pasalOf.get(h) ?? [];
    if (inside.some((p) => !inserted.has(p)))
      ctx.warnings.push(
        `${ctx.nd.get(h)?.address ?? 'Unit'} disisipkan di atas pasal yang sudah ada; ini mengubah sistematika dan tidak dapat dinyatakan dengan satu rumusan penyisipan.`,
      );
  }

  // 5. Titles of BAB / Bagian / Paragraf changed.
  for (const h of comparison.headings) {
    if (h.status !== 'changed' || !h.textChanged || !h.old || !h.new) continue;
    const node = ctx.di.units.get(h.new.uid)?.node;
    if (!node) continue;
    const first = ctx.bi.pasalOf.get(h.old.uid)?.[0];
    const key = (first !== undefined ? (ctx.oldKey.get(first) ?? 0) : 0) - 0.3;
    const restated = [
      { ...restateUnit(ctx.nd, node), content: [node.child(0).toJSON() as NodeJson] },
    ];
    const u = ctx.nb.get(h.old.uid);
    if (h.kind === 'bab') {
      const bab = numOf(ctx.nb, h.old.uid);
      items.push({
        key,
        item: makeItem(
          formula('ubahJudulBab', { bab }, region),
          'diubah',
          'diubah',
          [`BAB ${bab}`],
          restated,
          [h.new.uid],
        ),
      });
    } else {
      const label = groupLabel(ctx.bi, ctx.nb, h.old.uid);
      items.push({
        key,
        item: makeItem(
          formula('ubahJudulBagian', { bagian: label }, region),
          'diubah',
          'diubah',
          [u?.address ?? label],
          restated,
          [h.new.uid],
        ),
      });
    }
  }

  // 6. Penjelasan of base Pasal changed (F18), 7. Lampiran changed (F19).
  items.push(...penjelasanItems(ctx, comparison, baseByNum));
  items.push(...lampiranItems(ctx));
  // The base's Penjelasan Umum has no item formula: a change to it would be lost without a word.
  if (comparison.penjelasan.some((r) => r.kind === 'penjelasanUmum' && r.status === 'changed' && r.textChanged)) {
    ctx.warnings.push(
      'Penjelasan Umum naskah dasar diubah dalam rancangan, tetapi tidak ada butir Pasal I yang memuatnya (Lampiran II tidak memuat rumusan untuk itu): tambahkan butirnya sendiri, mis. "Penjelasan Umum alinea ketiga, frasa “…” diubah menjadi frasa “…”.".',
    );
  }

  const movedCount = moved.size;
  const basePasal = ctx.bi.pasal.filter((u) => !baseS.removed.has(u)).length;
  return {
    items,
    comparison,
    basePasal,
    touchedPasal: pairs.length + inserted.size + deleted.size - movedCount,
    warnings: ctx.warnings,
  };
}

/** "Bagian Kesatu BAB II", "Paragraf 1 Bagian Kesatu BAB II". */
function groupLabel(index: UnitIndex, n: Numbering, uid: string): string {
  const parts = [n.get(uid)?.marker ?? ''];
  let cur = index.units.get(uid)?.parent ?? null;
  while (cur) {
    parts.push(n.get(cur)?.marker ?? '');
    cur = index.units.get(cur)?.parent ?? null;
  }
  return parts.filter(Boolean).join(' ');
}

/** The item of a changed Pasal: F1, or an ayat/definition formula when the change is that narrow. */
function changedItem(
  ctx: Ctx,
  oldUid: string,
  newUid: string,
  row: PasalRow | null,
): InstrumentItem {
  const pasal = numOf(ctx.nb, oldUid);
  const node = ctx.di.units.get(newUid)?.node as Node;
  const restated = [restateUnit(ctx.nd, node)];
  const whole = (note?: string) =>
    makeItem(
      formula('ubahPasal', { pasal }, ctx.region, note),
      'diubah',
      'diubah',
      [`Pasal ${pasal}`],
      restated,
      [newUid],
    );
  if (!row) return whole();
  const parts = row.parts.filter((p) => p.status !== 'unchanged');
  if (parts.length === 0) return whole();
  const childAyat = (n: Node) => {
    const out: string[] = [];
    n.forEach((c) => c.type.name === 'ayat' && out.push(String(c.attrs.uid)));
    return out;
  };
  const baseNode = ctx.bi.units.get(oldUid)?.node as Node;
  const baseAyat = childAyat(baseNode);
  const draftAyat = childAyat(node);
  if (baseAyat.length > 0 && draftAyat.length > 0)
    return ayatItem(ctx, pasal, newUid, row, baseAyat.length, draftAyat, restated) ?? whole();
  if (pasal === '1' && baseAyat.length === 0)
    return definitionItem(ctx, newUid, row, node, restated) ?? whole();
  return whole();
}

/** F2, F3, F8, F9 or F13 when only ayat of one kind changed; null for F1. */
function ayatItem(
  ctx: Ctx,
  pasal: string,
  newUid: string,
  row: PasalRow,
  nBaseAyat: number,
  draftAyat: string[],
  restated: NodeJson[],
): InstrumentItem | null {
  const changed = new Set<string>();
  const insertedA: string[] = [];
  const deletedA = new Set<string>();
  const newAyatToOld = new Map<string, string>();
  for (const p of row.parts)
    if (p.kind === 'ayat' && p.old && p.new) newAyatToOld.set(p.new.uid, p.old.uid);
  for (const p of row.parts) {
    if (p.status === 'unchanged') continue;
    if (p.kind === 'ayat') {
      if (p.status === 'changed' && p.old) changed.add(numOf(ctx.nb, p.old.uid));
      else if (p.status === 'inserted' && p.new) insertedA.push(p.new.uid);
      else if (p.status === 'deleted' && p.old) deletedA.add(numOf(ctx.nb, p.old.uid));
      else return null;
    } else if (p.kind === 'item') {
      if (p.old) {
        const ay = ancestorOfType(ctx.bi, p.old.uid, 'ayat');
        if (!ay) return null;
        changed.add(numOf(ctx.nb, ay.uid));
      } else if (p.new) {
        const ay = ancestorOfType(ctx.di, p.new.uid, 'ayat');
        if (!ay) return null;
        const o = newAyatToOld.get(ay.uid);
        if (o) changed.add(numOf(ctx.nb, o));
        else if (
          !row.parts.some(
            (q) => q.kind === 'ayat' && q.status === 'inserted' && q.new?.uid === ay.uid,
          )
        )
          return null;
      }
    } else return null;
  }
  for (const d of deletedA) changed.delete(d);
  const kinds = [changed.size > 0, insertedA.length > 0, deletedA.size > 0].filter(Boolean).length;
  if (kinds !== 1) return null;
  const r = ctx.region;
  if (changed.size > 0) {
    const nums = [...changed].sort(
      (a, b) => draftOrder(ctx, draftAyat, a) - draftOrder(ctx, draftAyat, b),
    );
    if (nums.length === 1) {
      return makeItem(
        formula('ubahAyat', { ayat: nums[0] as string, pasal }, r, RESTATE_NOTE),
        'diubah',
        'diubah',
        [`Pasal ${pasal} ayat (${nums[0]})`],
        restated,
        [newUid],
      );
    }
    if (nums.length * 2 > nBaseAyat)
      return makeItem(
        formula(
          'ubahPasal',
          { pasal },
          r,
          `Lebih dari separuh ayat Pasal ${pasal} berubah, sehingga seluruh Pasal diubah (drafting-rules.md 3.8 langkah 4).`,
        ),
        'diubah',
        'diubah',
        [`Pasal ${pasal}`],
        restated,
        [newUid],
      );
    return makeItem(
      formula('ubahBeberapaAyat', { daftarAyat: unitList('ayat', nums), pasal }, r, RESTATE_NOTE),
      'diubah',
      'diubah',
      nums.map((a) => `Pasal ${pasal} ayat (${a})`),
      restated,
      [newUid],
    );
  }
  if (deletedA.size > 0) {
    if (deletedA.size !== 1) return null;
    const ayat = [...deletedA][0] as string;
    return makeItem(
      formula('hapusAyat', { ayat, pasal }, r),
      'dihapus',
      'dihapus',
      [`Pasal ${pasal} ayat (${ayat})`],
      restated,
      [newUid],
    );
  }
  // Insertions: one contiguous run after a base ayat.
  const pos = insertedA.map((u) => draftAyat.indexOf(u)).sort((a, b) => a - b);
  const first = pos[0] as number;
  if (pos.some((p, k) => p !== first + k) || first <= 0) return null;
  const prev = draftAyat[first - 1] as string;
  const next = draftAyat[first + pos.length];
  const nums = pos.map((p) => numOf(ctx.nd, draftAyat[p] as string));
  const values = {
    ayat: numOf(ctx.nd, prev),
    pasal,
    jumlah: countWords(nums.length),
    daftarAyat: unitList('ayat', nums),
  };
  const units = nums.map((a) => `Pasal ${pasal} ayat (${a})`);
  if (next)
    return makeItem(
      formula('sisipAyat', { ...values, ayatBerikut: numOf(ctx.nd, next) }, r),
      'disisipkan',
      'disisipkan',
      units,
      restated,
      [newUid],
    );
  return makeItem(formula('tambahAyat', values, r), 'disisipkan', 'ditambah', units, restated, [
    newUid,
  ]);
}

/** Position of an ayat number among the draft's ayat. */
function draftOrder(ctx: Ctx, draftAyat: string[], num: string): number {
  const i = draftAyat.findIndex((u) => numOf(ctx.nd, u) === num);
  return i < 0 ? 1e9 : i;
}

/** F5 or F11 for Pasal 1 definitions; null for F1. */
function definitionItem(
  ctx: Ctx,
  newUid: string,
  row: PasalRow,
  node: Node,
  restated: NodeJson[],
): InstrumentItem | null {
  const topItems: string[] = [];
  node.forEach((c) => {
    if (c.type.name === 'list') c.forEach((i) => topItems.push(String(i.attrs.uid)));
  });
  if (topItems.length === 0) return null;
  const topOf = (index: UnitIndex, uid: string): string | null => {
    let cur: string | null = uid;
    while (cur) {
      const u = index.units.get(cur);
      if (!u) return null;
      if (u.type === 'item' && index.units.get(u.parent ?? '')?.type === 'pasal') return cur;
      cur = u.parent;
    }
    return null;
  };
  const newItemToOld = new Map<string, string>();
  for (const p of row.parts)
    if (p.kind === 'item' && p.old && p.new) newItemToOld.set(p.new.uid, p.old.uid);
  const changed = new Set<string>();
  const insertedD: string[] = [];
  let deletedAny = false;
  for (const p of row.parts) {
    if (p.status === 'unchanged') continue;
    if (p.kind !== 'item') return null;
    if (p.old && p.new) {
      const top = topOf(ctx.bi, p.old.uid);
      if (!top) return null;
      changed.add(numOf(ctx.nb, top));
    } else if (p.new) {
      const top = topOf(ctx.di, p.new.uid);
      if (!top) return null;
      if (top === p.new.uid) insertedD.push(top);
      else if (newItemToOld.has(top)) changed.add(numOf(ctx.nb, newItemToOld.get(top) as string));
      else if (!insertedD.includes(top)) return null;
    } else if (p.old) {
      const top = topOf(ctx.bi, p.old.uid);
      if (!top) return null;
      if (top === p.old.uid) deletedAny = true;
      else changed.add(numOf(ctx.nb, top));
    }
  }
  if (deletedAny || changed.size > 0 === insertedD.length > 0) return null;
  const r = ctx.region;
  if (changed.size > 0) {
    const nums = [...changed];
    return makeItem(
      formula('ubahDefinisi', { daftarAngka: unitList('angka', nums) }, r),
      'diubah',
      'diubah',
      nums.map((k) => `Pasal 1 angka ${k}`),
      restated,
      [newUid],
    );
  }
  const pos = insertedD.map((u) => topItems.indexOf(u)).sort((a, b) => a - b);
  const first = pos[0] as number;
  const next = topItems[first + pos.length];
  if (pos.some((p, k) => p !== first + k) || first <= 0 || !next) return null;
  const nums = pos.map((p) => numOf(ctx.nd, topItems[p] as string));
  const values = {
    angka: numOf(ctx.nd, topItems[first - 1] as string),
    angkaBerikut: numOf(ctx.nd, next),
    jumlah: countWords(nums.length),
    daftarAngka: unitList('angka', nums),
  };
  return makeItem(
    formula('sisipAngkaDefinisi', values, r),
    'disisipkan',
    'disisipkan',
    nums.map((k) => `Pasal 1 angka ${k}`),
    restated,
    [newUid],
  );
}

/** F15 / F16 for an inserted BAB, Bagian or Paragraf (restating it with its Pasal). */
function headingInsertItem(
  ctx: Ctx,
  uid: string,
  firstPasalIndex: number,
  prevBaseOf: (i: number) => string | null,
  nextBaseOf: (i: number) => string | null,
  insertedHeadings: Set<string>,
  headingOld: Map<string, string>,
  baseOf: (u: string) => string | null,
): KeyedItem | null {
  const u = ctx.di.units.get(uid);
  if (!u) return null;
  const inside = ctx.di.pasalOf.get(uid) ?? [];
  const lastIndex = ctx.di.pasal.indexOf(inside[inside.length - 1] ?? '');
  const prevPasal = prevBaseOf(firstPasalIndex);
  const nextPasal = nextBaseOf(lastIndex < 0 ? firstPasalIndex : lastIndex);
  const key = (prevPasal ? (ctx.oldKey.get(prevPasal) ?? 0) : -1) + 0.5;
  const num = numOf(ctx.nd, uid);
  const restated = [restateUnit(ctx.nd, u.node)];
  const targets = [uid, ...inside];
  void baseOf;
  if (u.type === 'bab') {
    const babs = ctx.di.groups.filter((g) => ctx.di.units.get(g)?.type === 'bab');
    const at = babs.indexOf(uid);
    const before = babs
      .slice(0, at)
      .reverse()
      .find((b) => !insertedHeadings.has(b) && headingOld.has(b));
    const after = babs.slice(at + 1).find((b) => !insertedHeadings.has(b) && headingOld.has(b));
    if (!before || !after) {
      ctx.warnings.push(
        `BAB ${num} disisipkan ${!before ? 'sebelum BAB pertama' : 'sesudah BAB terakhir'}: rumusan F15 memerlukan BAB sebelum dan sesudahnya; periksa butir ini.`,
      );
    }
    const values = {
      bab: before ? numOf(ctx.nb, headingOld.get(before) as string) : '…',
      babBerikut: after ? numOf(ctx.nb, headingOld.get(after) as string) : '…',
      jumlah: countWords(1),
      daftarBab: unitList('BAB', [num]),
    };
    return {
      key,
      item: makeItem(
        formula('sisipBab', values, ctx.region),
        'disisipkan',
        'disisipkan',
        [`BAB ${num}`],
        restated,
        targets,
      ),
    };
  }
  if (!prevPasal || !nextPasal) {
    ctx.warnings.push(
      `${u.type === 'bagian' ? 'Bagian' : 'Paragraf'} ${num} disisipkan tanpa pasal naskah dasar sebelum dan sesudahnya; rumusan F16 tidak dapat diisi lengkap.`,
    );
  }
  const values = {
    pasal: prevPasal ? numOf(ctx.nb, prevPasal) : '…',
    pasalBerikut: nextPasal ? numOf(ctx.nb, nextPasal) : '…',
  };
  const f =
    u.type === 'bagian'
      ? formula('sisipBagian', { ...values, bagianBaru: num }, ctx.region)
      : formula('sisipParagraf', { ...values, paragrafBaru: num }, ctx.region);
  return {
    key,
    item: makeItem(
      f,
      'disisipkan',
      'disisipkan',
      [`${u.type === 'bagian' ? 'Bagian' : 'Paragraf'} ${num}`],
      restated,
      targets,
    ),
  };
}

/** F18 items for Penjelasan entries of base Pasal whose text changed. */
function penjelasanItems(
  ctx: Ctx,
  comparison: Comparison,
  baseByNum: Map<string, string>,
): KeyedItem[] {
  const out: KeyedItem[] = [];
  const entries = new Map<string, Node>();
  ctx.draft.descendants((n) => {
    if (n.type.name === 'penjelasanPasal') entries.set(String(n.attrs.uid), n);
    return true;
  });
  for (const r of comparison.penjelasan) {
    if (
      r.kind !== 'penjelasanPasal' ||
      r.status !== 'changed' ||
      !r.textChanged ||
      !r.old ||
      !r.new
    )
      continue;
    const pasal = r.old.label.replace(/^Penjelasan\s+Pasal\s+/i, '').trim();
    const target = baseByNum.get(pasal);
    if (!target) continue;
    const node = entries.get(r.new.uid);
    out.push({
      key: 1e6 + (ctx.oldKey.get(target) ?? 0),
      item: makeItem(
        formula('ubahPenjelasan', { pasal }, ctx.region),
        'diubah',
        'diubah',
        [`Penjelasan Pasal ${pasal}`],
        node ? [node.toJSON() as NodeJson] : [],
        [r.new.uid],
      ),
    });
  }
  return out;
}

/** F19 items for Lampiran whose text changed (compared in order). */
function lampiranItems(ctx: Ctx): KeyedItem[] {
  const list = (d: Node) => {
    const out: Node[] = [];
    d.forEach((c) => c.type.name === 'lampiran' && out.push(c));
    return out;
  };
  const olds = list(ctx.base);
  const news = list(ctx.draft);
  const out: KeyedItem[] = [];
  const norm = (n: Node | undefined) => (n ? n.textContent.replace(/\s+/g, ' ').trim() : '');
  for (let i = 0; i < Math.max(olds.length, news.length); i++) {
    if (norm(olds[i]) === norm(news[i])) continue;
    const node = news[i] ?? olds[i];
    const title = String(node?.attrs.title ?? 'LAMPIRAN').replace(/^LAMPIRAN\s*/i, '');
    out.push({
      key: 2e6 + i,
      item: makeItem(
        formula('ubahLampiran', { lampiran: title }, ctx.region),
        'diubah',
        'diubah',
        [`Lampiran${title ? ` ${title}` : ''}`],
        news[i] ? [news[i]!.toJSON() as NodeJson] : [],
        news[i] ? [String(news[i]!.attrs.uid)] : [],
      ),
    });
  }
  return out;
}
