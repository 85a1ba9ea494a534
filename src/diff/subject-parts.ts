/**
 * Between two new parts that read about as alike as an old part by their words, the one that
 * shares its subject is its partner. UU 7/1992 Pasal 12 is one sentence ("Pemerintah dapat
 * menugaskan Bank Umum untuk melaksanakan program pemerintah … koperasi … taraf hidup rakyat
 * banyak, berdasarkan ketentuan yang diatur lebih lanjut dengan Peraturan Pemerintah."); UU
 * 10/1998 restates it as ayat (1), on the Pemerintah working with Bank Umum for the koperasi and
 * the taraf hidup rakyat banyak, and ayat (2), the delegation ("Ketentuan mengenai kerjasama …
 * diatur lebih lanjut dengan Peraturan Pemerintah."). By grams the delegation's formula made
 * ayat (2) the closer (0.28 against 0.25), so the old text read "diubah" as ayat (2) and ayat (1)
 * "disisipkan"; by subject words (formula words left out, `subject-words.ts`) ayat (1) is plainly
 * the closer (0.37 against 0.17). A content pairing yields to an unpaired part of the same kind
 * that reads nearly as alike by grams and clearly more alike by subject.
 */
import type { Match } from './align';
import type { PartUnit } from './extract';
import { dice, gramsFor } from './similarity';
import { subjectDice } from './subject-words';

/** How much less alike by grams the other part may read. */
const GRAM_MARGIN = 0.05;
/** How much more alike by subject words it must read. */
const SUBJECT_MARGIN = 0.15;

/** `matches` (parts of one Pasal pair) with each content pairing given to the part that shares its subject, where one does (see the header). */
export function preferSubjects(olds: readonly PartUnit[], news: readonly PartUnit[], matches: readonly Match[]): Match[] {
  if (!matches.some((m) => m.by === 'content') || matches.length >= news.length) return [...matches];
  const taken = new Set(matches.map((m) => m.n));
  return matches.map((m) => {
    if (m.by !== 'content') return m;
    const a = olds[m.o] as PartUnit;
    const b = news[m.n] as PartUnit;
    let best: Match = m;
    let bestSubject = Number.NaN;
    for (let n = 0; n < news.length; n++) {
      const c = news[n] as PartUnit;
      if (taken.has(n) || c.kind !== b.kind) continue;
      const sim = dice(gramsFor(a.tokens), gramsFor(c.tokens));
      if (sim < m.sim - GRAM_MARGIN) continue;
      // The pairing's own subject score is needed only once some part is a candidate.
      if (Number.isNaN(bestSubject)) bestSubject = subjectDice(a.tokens, b.tokens) + SUBJECT_MARGIN;
      const subject = subjectDice(a.tokens, c.tokens);
      if (subject < bestSubject) continue;
      bestSubject = subject;
      best = { o: m.o, n, sim, by: 'content' };
    }
    if (best !== m) {
      taken.delete(m.n);
      taken.add(best.n);
    }
    return best;
  });
}
