/**
 * The parts of a Lampiran kept as text that an instrument can name: its top-level lettered
 * sections ("A. Pelayanan Kesehatan", set at the left margin; a deeper "A. Pelayanan Persalinan"
 * inside a table is indented and is not one), and the signature that closes it ("Ditetapkan di
 * …", with whatever follows). Replacing a Lampiran, or some of its sections, keeps the base's own
 * title lines and signature: only the body changes.
 */
import type { NodeJson } from '../model/doc-json';

/** A top-level section: its letter and its paragraphs [from, to). */
export interface LampiranSection {
  letter: string;
  from: number;
  to: number;
}

/** A Lampiran's paragraphs read: where its body ends (the signature starts), and its sections. */
export interface LampiranParts {
  bodyEnd: number;
  sections: LampiranSection[];
}

/** The plain text of a paragraph. */
function textOf(n: NodeJson): string {
  return (n.content ?? []).map((c) => (c.type === 'text' ? (c.text ?? '') : textOf(c))).join('');
}

const SECTION_MARKER = /^([A-Z])\.\s+\S/;
const SIGNATURE = /^\s*Ditetapkan\s+di\b/i;
/** Paragraphs a signature spans at most (place and date, office, name, NIP, the paraf table). */
const SIGNATURE_LINES = 16;

/** Read the paragraphs of a Lampiran (see the header). */
export function lampiranParts(paras: readonly NodeJson[]): LampiranParts {
  const texts = paras.map(textOf);
  // The last "Ditetapkan di" near the end: one inside the body (a form the Lampiran sets out) is not the signature.
  const signature = texts.findLastIndex((t) => SIGNATURE.test(t));
  const bodyEnd = signature < 0 || signature < paras.length - SIGNATURE_LINES ? paras.length : signature;
  const sections: LampiranSection[] = [];
  for (let i = 0; i < bodyEnd; i++) {
    const letter = SECTION_MARKER.exec(texts[i] as string)?.[1];
    if (!letter) continue;
    const last = sections[sections.length - 1];
    if (last) last.to = i;
    sections.push({ letter, from: i, to: bodyEnd });
  }
  return { bodyEnd, sections };
}

/** The sections of `parts` by letter, or null when a letter stands twice (they cannot be told apart). */
export function sectionsByLetter(parts: LampiranParts): Map<string, LampiranSection> | null {
  const out = new Map<string, LampiranSection>();
  for (const s of parts.sections) {
    if (out.has(s.letter)) return null;
    out.set(s.letter, s);
  }
  return out;
}
