/**
 * List markers set on a line of their own, their text on the next line ("c." / "bahwa …", "(1)" /
 * "Objek PBB-P2 adalah …"), as a page converted from a table or from positioned words gives them.
 * Joined back into the one line the printed page has, the text at its own column, so every later
 * stage reads the marker as it reads one printed before its text.
 */
import { readHeading } from './patterns';
import type { SourceLine } from './types';

/** A marker and nothing else: "(1)", "12.", "3)", "c.", "d)". */
const LONE_MARKER = /^(?:\(\d{1,3}[a-z]?\)|\d{1,3}[.)]|[a-z][.)])$/;

/**
 * The lines with each lone marker joined to the line after it, where that line goes on from it:
 * on the same page (a blank line between or not), with no marker of its own and no heading.
 */
export function joinLoneMarkers(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const next = lines[i + 1];
    if (LONE_MARKER.test(line.text) && next && next.page === line.page && !line.pageEnd && !LONE_MARKER.test(next.text) && !/^\(?\w{1,3}[.)]\s/.test(next.text) && readHeading(next.text) === null) {
      const gap = Math.max(1, next.indent - line.raw.length);
      out.push({ ...line, text: `${line.text} ${next.text}`, raw: `${line.raw}${' '.repeat(gap)}${next.text}`, pageEnd: next.pageEnd });
      i++;
    } else out.push(line);
  }
  return out;
}
