import { describe, expect, it } from 'vitest';
import { commentEdited, replyAdded, statusSet, suggestionDecided, threadCreated } from '../../../src/review/events';
import { foldThreads } from '../../../src/review/fold';
import type { ReviewEvent, ThreadAnchor } from '../../../src/review/types';

const anchor: ThreadAnchor = { unitUid: 'pasal12uid00', ancestors: [], label: 'Pasal 12', excerpt: 'Setiap bangunan umum' };
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1, 8, 0, tick++)).toISOString();
const siti = { name: 'Siti', role: 'Anggota DPRD', fraksi: 'Fraksi Golkar' };
const budi = { name: 'Budi', role: 'Perancang' };

function scenario(): ReviewEvent[] {
  const create = threadCreated({ author: siti, clock, body: 'Frasa ini terlalu longgar.', anchor, suggestion: 'wajib diusahakan' });
  const id = create.id;
  const reply = replyAdded({ author: budi, clock, threadId: id, body: 'Akan kami tinjau.' });
  const editA = commentEdited({ author: siti, clock, threadId: id, commentId: id, base: id, body: 'Frasa ini terlalu longgar (rev. Siti).' });
  const editB = commentEdited({ author: budi, clock, threadId: id, commentId: id, base: id, body: 'Frasa ini terlalu longgar (rev. Budi).' });
  const resolved = statusSet({ author: siti, clock, threadId: id, status: 'resolved' });
  const reopened = statusSet({ author: budi, clock, threadId: id, status: 'open' });
  return [create, reply, editA, editB, resolved, reopened];
}

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('threads folded from events', () => {
  it('gives the same threads for any arrival order and for duplicated events (merge = union)', () => {
    const events = scenario();
    const expected = foldThreads(events);
    for (let seed = 1; seed < 20; seed++) {
      expect(foldThreads(shuffled(events, seed))).toEqual(expected);
    }
    expect(foldThreads([...events, ...events])).toEqual(expected);
  });

  it('keeps both texts of a concurrent edit, the whole history, and the latest status', () => {
    const [t] = foldThreads(scenario());
    expect(t!.comment.body).toBe('Frasa ini terlalu longgar (rev. Budi).');
    expect(t!.comment.alternatives).toEqual(['Frasa ini terlalu longgar (rev. Siti).']);
    expect(t!.comment.history.map((h) => h.body)).toEqual([
      'Frasa ini terlalu longgar.',
      'Frasa ini terlalu longgar (rev. Siti).',
      'Frasa ini terlalu longgar (rev. Budi).',
    ]);
    expect(t!.status).toBe('open');
    expect(t!.statusChangedBy.name).toBe('Budi');
    expect(t!.replies.map((r) => r.body)).toEqual(['Akan kami tinjau.']);
    expect(t!.suggestion).toEqual({ text: 'wajib diusahakan', state: 'pending' });
  });

  it('a sequential edit replaces the text without a conflict; a rejection is a reply', () => {
    const create = threadCreated({ author: siti, clock, body: 'A', anchor, suggestion: 'B' });
    const e1 = commentEdited({ author: siti, clock, threadId: create.id, commentId: create.id, base: create.id, body: 'A1' });
    const e2 = commentEdited({ author: siti, clock, threadId: create.id, commentId: create.id, base: e1.id, body: 'A2' });
    const no = suggestionDecided({ author: budi, clock, threadId: create.id, accept: false, body: 'Tidak sesuai teknik penyusunan.' });
    const [t] = foldThreads([no, e2, create, e1]);
    expect(t!.comment.body).toBe('A2');
    expect(t!.comment.alternatives).toEqual([]);
    expect(t!.suggestion?.state).toBe('rejected');
    expect(t!.replies.map((r) => r.body)).toEqual(['Tidak sesuai teknik penyusunan.']);
  });
});

describe('clock skew between desktops', () => {
  it('keeps a reply and an edit whose time is earlier than the thread they belong to', () => {
    const create = threadCreated({ author: siti, clock: () => '2026-03-01T10:00:00.000Z', body: 'A', anchor });
    const reply = replyAdded({ author: budi, clock: () => '2026-03-01T09:00:00.000Z', threadId: create.id, body: 'Balasan dari komputer yang jamnya terlambat.' });
    const edit = commentEdited({ author: budi, clock: () => '2026-03-01T08:00:00.000Z', threadId: create.id, commentId: reply.id, base: reply.id, body: 'Balasan (diperbaiki).' });
    for (const order of [[create, reply, edit], [edit, reply, create], [reply, edit, create]]) {
      const [t] = foldThreads(order);
      expect(t!.replies.map((r) => r.body)).toEqual(['Balasan (diperbaiki).']);
    }
  });
});
