/**
 * Threads on the base text (the old Perda, `anchor.side === 'base'`): placed in the base, labelled
 * "(naskah lama)", re-found in a changed base by the usual cascade, never confused with the
 * draft's unit of the same uid; old anchors without a side keep meaning the draft; DIM rows and
 * the "Jenis" column; the package format they need.
 */
import { describe, expect, it } from 'vitest';
import { parseDocJson } from '../../../src/model/validate';
import { BASE_LABEL_SUFFIX, sideLabel, withSide } from '../../../src/review/anchor-side';
import { DEFAULT_DIM_CONFIG, dimConfigFrom, dimRows, dimTable } from '../../../src/review/dim';
import { parseEvent } from '../../../src/review/event-schema';
import { threadCreated } from '../../../src/review/events';
import { foldThreads } from '../../../src/review/fold';
import { anchorForUnit, quoteHits } from '../../../src/review/make-anchor';
import { formatForEvents } from '../../../src/review/package-compat';
import { addThread, type ReviewRecord } from '../../../src/review/review-service';
import { placeThreads } from '../../../src/review/thread-view';
import type { ReviewEvent } from '../../../src/review/types';
import { corpusDoc, removeUnit, replaceText, uidAt } from './fixtures';

const OLD_PHRASE = 'penggantian kerugian kehilangan atau kerusakan kendaraan';
const siti = { name: 'Siti', role: 'Anggota DPRD', fraksi: 'Fraksi Golkar' };

/** A base (the corpus Perda) and a draft that deleted its Pasal 9 (uids kept, as the editor does). */
function setup() {
  const baseJson = corpusDoc();
  const base = parseDocJson(baseJson);
  const pasal9 = uidAt(base, 'Pasal 9');
  const draft = parseDocJson(removeUnit(corpusDoc(), pasal9));
  return { baseJson, base, draft, pasal9 };
}

/** An in-memory review record. */
function memoryRecord(): ReviewRecord & { list: ReviewEvent[] } {
  const list: ReviewEvent[] = [];
  return { list, events: () => list, append: (evs) => (list.push(...evs), evs.length) };
}

describe('threads on the base text', () => {
  it('are placed in the base, labelled "(naskah lama)", and listed after the draft\'s threads', () => {
    const { base, draft, pasal9 } = setup();
    const rec = memoryRecord();
    const actor = { author: siti, reviewMode: false };
    const onBase = addThread(rec, base, actor, {
      unitUid: pasal9,
      side: 'base',
      quote: OLD_PHRASE,
      body: 'Mengapa ketentuan ganti rugi ini dihapus?',
    });
    const onDraft = addThread(rec, draft, actor, {
      unitUid: uidAt(draft, 'Pasal 9'),
      body: 'Pasal 9 baru (semula Pasal 10).',
    });
    expect(onBase.anchor.side).toBe('base');
    expect(onBase.anchor.label).toBe('Pasal 9');
    expect('side' in onDraft.anchor).toBe(false);

    const views = placeThreads(draft, foldThreads(rec.list), base);
    expect(views.map((v) => [v.id, v.side, v.unitLabel, v.pasalLabel, v.detached])).toEqual([
      [onDraft.id, 'draft', 'Pasal 9', 'Pasal 9', false],
      [onBase.id, 'base', `Pasal 9${BASE_LABEL_SUFFIX}`, 'Pasal 9 (naskah lama)', false],
    ]);
    const placed = views[1]!.placement;
    expect(placed.state === 'anchored' && placed.text).toBe(OLD_PHRASE);
    // Without the base the thread is detached (kept, with its quote), never placed in the draft.
    const noBase = placeThreads(draft, foldThreads(rec.list));
    expect(noBase.find((v) => v.id === onBase.id)).toMatchObject({
      detached: true,
      unitLabel: 'Pasal 9 (naskah lama)',
      quote: OLD_PHRASE,
      placement: { reason: 'base-missing' },
    });
  });

  it('an anchor without a side (every stored event from before) still means the draft, even where the base has the same uid', () => {
    const { base, draft } = setup();
    const pasal5 = uidAt(draft, 'Pasal 5');
    const stored = JSON.parse(
      JSON.stringify({
        id: 'oldthread0001',
        threadId: 'oldthread0001',
        at: '2025-01-01T00:00:00.000Z',
        author: siti,
        kind: 'thread.create',
        body: 'Komentar lama.',
        anchor: {
          unitUid: pasal5,
          ancestors: [],
          label: 'Pasal 5',
          excerpt: 'Penyelenggaraan tempat parkir',
        },
      }),
    ) as unknown;
    const ev = parseEvent(stored);
    expect(ev).not.toBeNull();
    const [v] = placeThreads(draft, foldThreads([ev!]), base);
    expect(v).toMatchObject({ side: 'draft', unitLabel: 'Pasal 5', detached: false });
    expect(formatForEvents([ev!])).toBe(1);
  });

  it('re-anchor against a replaced base: uid, then quote (fuzzy), then the Pasal, else detached', () => {
    const { base, pasal9 } = setup();
    const ayat2 = uidAt(base, 'Pasal 9 ayat (2)');
    const events = [
      threadCreated({
        author: siti,
        body: 'a',
        anchor: withSide(anchorForUnit(base, ayat2, OLD_PHRASE), 'base'),
      }),
      threadCreated({
        author: siti,
        body: 'b',
        anchor: withSide(anchorForUnit(base, pasal9), 'base'),
      }),
    ];
    const threads = foldThreads(events);
    const draft = parseDocJson(corpusDoc());
    // The new base reworded the sentence around the phrase and one word inside it.
    const reworded = parseDocJson(
      replaceText(
        corpusDoc(),
        'Ketentuan lebih lanjut mengenai penggantian kerugian kehilangan atau',
        'Tata cara penggantian kerugian atas kehilangan atau',
      ),
    );
    const r1 = placeThreads(draft, threads, reworded);
    expect(
      r1.map((v) => [
        v.comment.body,
        v.detached,
        v.placement.state === 'anchored' ? v.placement.method : v.placement.reason,
      ]),
    ).toEqual([
      ['b', false, 'unit'],
      ['a', false, 'fuzzy'],
    ]);
    // The ayat is gone from the new base but its Pasal kept the phrase: falls back to the Pasal.
    const noAyat = corpusDoc();
    const ayatText =
      'Ketentuan lebih lanjut mengenai penggantian kerugian kehilangan atau kerusakan kendaraan diatur dalam Peraturan Walikota.';
    const moved = parseDocJson(
      replaceText(
        removeUnit(noAyat, ayat2),
        'menjaga keamanan kendaraan',
        `${ayatText} Menjaga keamanan kendaraan`,
      ),
    );
    const r2 = placeThreads(draft, threads, moved);
    expect(r2.find((v) => v.comment.body === 'a')).toMatchObject({
      detached: false,
      unitLabel: 'Pasal 9 (naskah lama)',
      placement: { method: 'parent' },
    });
    // The Pasal is not in the new base at all: both detached, nothing lost.
    const gone = parseDocJson(removeUnit(corpusDoc(), pasal9));
    const r3 = placeThreads(draft, threads, gone);
    expect(r3.map((v) => [v.detached, v.unitLabel, v.quote]).sort()).toEqual([
      [true, 'Pasal 9 (naskah lama)', null],
      [true, 'Pasal 9 ayat (2) (naskah lama)', OLD_PHRASE],
    ]);
  });

  it('refuses a proposed wording on the base text (it could not be applied to the draft)', () => {
    const { base, pasal9 } = setup();
    expect(() =>
      addThread(
        memoryRecord(),
        base,
        { author: siti, reviewMode: true },
        { unitUid: pasal9, side: 'base', body: 'x', suggestion: 'y' },
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGS' }));
  });

  it('finds a quote copied with other whitespace, and only exactly when it can', () => {
    const text = 'wajib:\nmenyediakan tempat parkir yang sesuai';
    expect(quoteHits(text, 'wajib: menyediakan  tempat')).toEqual([{ start: 0, end: 25 }]);
    expect(quoteHits(text, 'tempat parkir')).toEqual([{ start: 19, end: 32 }]);
    expect(quoteHits(text, 'tempat  parkir gedung')).toEqual([]);
    expect(sideLabel('Pasal 9', 'draft')).toBe('Pasal 9');
    expect(sideLabel(sideLabel('Pasal 9', 'base'), 'base')).toBe('Pasal 9 (naskah lama)');
  });
});

describe('DIM with base-side threads and the "Jenis" column', () => {
  it('base rows come after the draft rows with the old text; Jenis from the reviewer, "hapus" for an empty wording, "tetap" for uncommented Pasal', () => {
    const { base, draft, pasal9 } = setup();
    const events = [
      threadCreated({
        author: siti,
        body: 'Pertahankan ganti rugi.',
        anchor: withSide(anchorForUnit(base, pasal9, OLD_PHRASE), 'base'),
        jenis: 'substansi',
      }),
      threadCreated({
        author: { name: 'Joko', role: 'Pansus' },
        body: 'Hapus frasa ini.',
        anchor: anchorForUnit(draft, uidAt(draft, 'Pasal 11'), 'dapat diusahakan secara kolektif'),
        suggestion: '',
      }),
      threadCreated({
        author: { name: 'Dewi', role: 'Anggota DPRD' },
        body: 'Perbaiki ejaan.',
        anchor: anchorForUnit(draft, uidAt(draft, 'Pasal 2')),
        jenis: 'redaksional',
      }),
    ];
    const views = placeThreads(draft, foldThreads(events), base);
    const rows = dimRows(draft, views, DEFAULT_DIM_CONFIG, base);
    expect(rows.map((r) => [r.no, r.unitLabel, r.side, r.jenis])).toEqual([
      [1, 'Pasal 2', 'draft', ['redaksional']],
      [2, 'Pasal 11', 'draft', ['hapus']],
      [3, 'Pasal 9 (naskah lama)', 'base', ['substansi']],
    ]);
    expect(rows[2]!.rumusan).toContain(`(2) Ketentuan lebih lanjut mengenai ${OLD_PHRASE}`);
    expect(rows[2]!.keterangan).toContain('naskah lama');
    // Without the base document (a caller that has none) the row still shows, with the anchor's excerpt.
    const noBaseDoc = dimRows(draft, views);
    expect(noBaseDoc[2]).toMatchObject({ unitLabel: 'Pasal 9 (naskah lama)', detached: false });
    expect(noBaseDoc[2]!.rumusan).toMatch(
      /^Penyelenggara Tempat Parkir di dalam Ruang Milik Jalan wajib/,
    );

    const cfg = dimConfigFrom({
      columns: ['no', 'unit', 'tanggapan', 'jenis'],
      rows: 'all-pasal',
      headings: { jenis: 'Jenis DIM' },
    });
    const table = dimTable(dimRows(draft, views, cfg, base), cfg);
    expect(table.headers).toEqual(['No', 'Pasal/Ayat', 'Tanggapan/Usulan', 'Jenis DIM']);
    expect(table.rows.find((r) => r[1] === 'Pasal 1')?.[3]).toBe('tetap');
    expect(table.rows.find((r) => r[1] === 'Pasal 9 (naskah lama)')?.[3]).toBe('substansi');
    expect(table.rows.find((r) => r[1] === 'Pasal 9 (naskah lama)')?.[2]).toContain(
      '[substansi]: Pertahankan ganti rugi.',
    );
    // The default layout is unchanged (no Jenis column unless asked for).
    expect(dimTable(rows).headers).toEqual([
      'No',
      'Rancangan Peraturan Daerah',
      'Tanggapan/Usulan',
      'Keterangan',
    ]);
  });
});

describe('package format for base-side threads', () => {
  it('format 1 while no event needs more; 2 for a base-side anchor or a Jenis', () => {
    const { base, draft, pasal9 } = setup();
    const plain = threadCreated({
      author: siti,
      body: 'x',
      anchor: anchorForUnit(draft, uidAt(draft, 'Pasal 2')),
    });
    const onBase = threadCreated({
      author: siti,
      body: 'y',
      anchor: withSide(anchorForUnit(base, pasal9), 'base'),
    });
    const kind = threadCreated({
      author: siti,
      body: 'z',
      anchor: anchorForUnit(draft, uidAt(draft, 'Pasal 2')),
      jenis: 'tetap',
    });
    expect(formatForEvents([plain])).toBe(1);
    expect(formatForEvents([plain, onBase])).toBe(2);
    expect(formatForEvents([kind])).toBe(2);
    expect(parseEvent(JSON.parse(JSON.stringify(onBase)))).toEqual(onBase);
    expect(
      parseEvent({
        ...JSON.parse(JSON.stringify(onBase)),
        anchor: { ...(onBase.kind === 'thread.create' ? onBase.anchor : {}), side: 'lama' },
      }),
    ).toBeNull();
  });
});
