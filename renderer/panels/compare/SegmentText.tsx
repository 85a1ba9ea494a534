/**
 * The text of a comparison row with its word changes marked: on the old side deleted words are
 * struck through (<del>), on the new side inserted words are underlined (<ins>); the redline
 * shows both inline. Marks are semantic elements with a text style, never colour only.
 */
import { Fragment, memo, useContext, type CSSProperties, type ReactNode } from 'react';
import type { CompareLine, CompareSegment } from '../../../src/api/contract';
import { ofSide } from '../../../src/diff/side-text';
import { sideSegments } from './view-model';
import { abbreviationOnly, caseOnly, renumberedPieces, spellingOnly, writtenOtherwise, type RenumberedPiece } from '../../../src/diff/printed-otherwise';
import { hasLayout, hungMarker, segmentLines, type SideLines } from './segment-lines';
import { highlighted, SearchQuery } from './search-highlight';

/** A text that ends, or starts, with a letter or digit. */
const WORD_END = /[\p{L}\p{N})]$/u;
const WORD_START = /^[\p{L}\p{N}(]/u;

/**
 * A changed run too small to see with the usual marks: punctuation only (".", ";", ",") or a short
 * number ("1", "2009"), whose strike-through reads as another character.
 */
const LONE_MARK = /^(?:[\p{P}\p{S}]{1,3}|\p{N}{1,4})$/u;

/** Which text to show. `plain` shows the side without marks (a whole inserted/deleted unit). */
export interface SegmentTextProps {
  segments: readonly CompareSegment[];
  mode: 'old' | 'new' | 'inline';
  plain?: boolean;
  /** The marks' titles. */
  titles: SegmentTitles;
  /** How the lines of the old and the new text are set (a Pasal's ayat and items); without them the text runs as one block. */
  oldLines?: readonly CompareLine[];
  newLines?: readonly CompareLine[];
  /** The line F8 stands on (its index among the lines), marked; each line carries its index (`data-line`). */
  currentLine?: number | null;
}

/**
 * The titles of the marks: deleted and inserted words, and a run the other side prints otherwise
 * (`former` / `later`: a number that followed the renumbering, "semula 11." / "menjadi 12.";
 * `caseFormer` / `caseLater`: a word whose capitals only changed; `spellingFormer` /
 * `spellingLater`: words only spelt otherwise, joined or split; `abbreviationFormer` /
 * `abbreviationLater`: a long form written as its abbreviation, or back).
 */
export interface SegmentTitles {
  del: string;
  ins: string;
  former?(old: string): string;
  later?(now: string): string;
  caseFormer?(old: string): string;
  caseLater?(now: string): string;
  spellingFormer?(old: string): string;
  spellingLater?(now: string): string;
  abbreviationFormer?(old: string): string;
  abbreviationLater?(now: string): string;
  /** A deletion and an insertion that read alike: a reference now pointing at another unit (`Segment.repointed`). */
  repointedDel?: string;
  repointedIns?: string;
  /** The deletion's title when what it pointed at is known, as now numbered ("ayat (4)"). */
  repointedDelWas?(was: string): string;
}

/** The marked text. */
export const SegmentText = memo(function SegmentText({ segments, mode, plain, titles: given, oldLines, newLines, currentLine = null }: SegmentTextProps) {
  const shown = mode === 'inline' ? segments : columnSegments(segments, mode);
  const lines: SideLines = { old: oldLines, new: newLines };
  const query = useContext(SearchQuery);
  const titles: MarkTitles = { ...given, query };
  if (hasLayout(lines)) {
    const set = segmentLines(shown, mode, lines);
    const hungs = set.map(hungMarker);
    return (
      <div className={`cmp-text cmp-lines${mode === 'inline' && hungs.some(twoNumbers) ? ' cmp-lines-wide' : ''}`}>
        {set.map((line, i) => {
          const hung = hungs[i] ?? null;
          const show = (pieces: readonly CompareSegment[]) => (plain ? highlighted(pieces.map((p) => p.text).join('').trimStart(), query) : markedPieces(pieces, mode, titles));
          return (
            <div key={i} data-line={i} className={`cmp-line${line.layout?.marker ? ' cmp-hang' : ''}${line.layout?.heading ? ' cmp-line-heading' : ''}${i === currentLine ? ' is-current-line' : ''}`} style={indentStyle(line.layout)} aria-current={i === currentLine ? 'true' : undefined}>
              {hung ? (
                <>
                  {/* The space stays in the text (copied, read aloud); the marker's box sets the gap. */}
                  <span className="cmp-hung">{show([hung.marker])} </span>
                  {show(hung.rest)}
                </>
              ) : (
                show(line.pieces)
              )}
            </div>
          );
        })}
      </div>
    );
  }
  if (plain) return <div className="cmp-text">{highlighted(shown.map((s) => s.text).join('').trimStart(), query)}</div>;
  return <div className="cmp-text">{markedPieces(shown, mode, titles)}</div>;
});

/**
 * Inline, a hung marker that prints two numbers (the old one struck beside the new: "~~9.~~ 7."):
 * its line's text would start further in than the lines around it, so such a text hangs its
 * markers in a wider step (`cmp-lines-wide`) and every line keeps one text column.
 */
function twoNumbers(hung: ReturnType<typeof hungMarker>): boolean {
  const marker = hung?.marker;
  return marker?.old !== undefined && marker.old.trim() !== '' && marker.old.trim() !== marker.text.trim();
}

/** The indentation of a line, in steps (the stylesheet's `--cmp-step`). */
function indentStyle(layout: CompareLine | null): CSSProperties | undefined {
  return layout && layout.indent > 0 ? ({ '--cmp-indent': layout.indent } as CSSProperties) : undefined;
}

/** The marks' titles, and the search whose occurrences are marked. */
interface MarkTitles extends SegmentTitles {
  query: string;
}

/** The class and title of a piece printed otherwise, on the side that shows `here` (`mode`). */
function otherPrint(p: { old: string; now: string }, mode: 'old' | 'new' | 'inline', t: MarkTitles): { className: string; title: string | undefined } {
  if (caseOnly(p)) return { className: 'cmp-case', title: mode === 'old' ? t.caseLater?.(p.now) : t.caseFormer?.(p.old) };
  if (spellingOnly(p)) return { className: 'cmp-case', title: mode === 'old' ? t.spellingLater?.(p.now) : t.spellingFormer?.(p.old) };
  if (abbreviationOnly(p)) return { className: 'cmp-case', title: mode === 'old' ? t.abbreviationLater?.(p.now) : t.abbreviationFormer?.(p.old) };
  return { className: mode === 'inline' ? 'cmp-renum' : 'cmp-renum-side', title: mode === 'old' ? t.later?.(p.now) : t.former?.(p.old) };
}

/**
 * The segments of one column: as `sideSegments` gives them, except that an equal run the other
 * side prints otherwise (a marker or reference that only followed the renumbering) keeps that
 * other print in `old`, so the column can mark it: in the old column `old` is then the new print.
 */
function columnSegments(segments: readonly CompareSegment[], side: 'old' | 'new'): CompareSegment[] {
  if (side === 'new') return sideSegments(segments, 'new');
  return ofSide(segments, 'old').map((s) => (s.old === undefined ? s : s.old !== s.text ? { op: s.op, text: s.old, old: s.text } : { op: s.op, text: s.old }));
}

/**
 * An equal run of a column whose other side prints otherwise: each number printed otherwise in
 * a dotted mark whose title names the other print; null when nothing differs.
 */
function renumberedInColumn(text: string, other: string, mode: 'old' | 'new', titles: MarkTitles): ReactNode[] | null {
  const pieces = mode === 'new' ? renumberedPieces(other, text) : renumberedPieces(text, other);
  if (!pieces) return null;
  return pieces.map((p, j) => {
    if ('same' in p) return <Fragment key={j}>{highlighted(p.same, titles.query)}</Fragment>;
    const here = mode === 'new' ? p.now : p.old;
    if (!here) return null;
    const { className, title } = otherPrint(p, mode, titles);
    return (
      <span key={j} className={className} title={title}>
        {highlighted(here, titles.query)}
      </span>
    );
  });
}

/** Inline, a piece printed otherwise: a renumbered one with its old number struck beside the new, a word whose capitals or spelling changed as the new text writes it. */
function inlinePiece(p: RenumberedPiece, j: number, titles: MarkTitles): ReactNode {
  if ('same' in p) return <Fragment key={j}>{highlighted(p.same, titles.query)}</Fragment>;
  const { className, title } = otherPrint(p, 'inline', titles);
  if (writtenOtherwise(p)) {
    return (
      <span key={j} className={className} title={title}>
        {highlighted(p.now, titles.query)}
      </span>
    );
  }
  return (
    <span key={j} className={className} title={title}>
      <del className="cmp-renum-old">{p.old}</del>
      {p.now ? ` ${p.now}` : ''}
    </span>
  );
}

/** The runs of one text (or of one line of it), each marked as its op says. */
function markedPieces(shown: readonly CompareSegment[], mode: SegmentTextProps['mode'], titles: MarkTitles): ReactNode[] {
  const { del: delTitle, ins: insTitle, query } = titles;
  return shown.map((s, i) => {
    let text = i === 0 ? s.text.trimStart() : s.text;
    // Inline, a run after a deletion prints as the new text does, which may have no space
    // where the deleted word had one ("-Tempat+ Parkir", not "TempatParkir").
    if (mode === 'inline' && i > 0 && shown[i - 1]!.op === 'delete' && WORD_END.test(shown[i - 1]!.text) && WORD_START.test(text)) text = ` ${text}`;
    if (s.op === 'equal') {
      // Inline, a marker or reference that followed the renumbering shows its old number too.
      if (mode !== 'inline') {
        const marked = s.old !== undefined ? renumberedInColumn(text, i === 0 ? s.old.trimStart() : s.old, mode, titles) : null;
        return <Fragment key={i}>{marked ?? highlighted(text, query)}</Fragment>;
      }
      const pieces = s.old !== undefined ? renumberedPieces(i === 0 ? s.old.trimStart() : s.old, text) : null;
      if (!pieces) return <Fragment key={i}>{highlighted(text, query)}</Fragment>;
      return <Fragment key={i}>{pieces.map((p, j) => inlinePiece(p, j, titles))}</Fragment>;
    }
    // Spaces around a changed run stay outside the mark (no struck or underlined blanks).
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
    // A lone changed mark ("." or ";") or short number is set apart so that it can be seen.
    const lone = LONE_MARK.test(core) ? ' cmp-lone' : '';
    const mark =
      s.op === 'delete' ? (
        <del className={`cmp-del${lone}`} title={(s.repointed && ((s.was !== undefined && titles.repointedDelWas?.(s.was)) || titles.repointedDel)) || delTitle}>
          {highlighted(core, query)}
        </del>
      ) : (
        <ins className={`cmp-ins${lone}`} title={(s.repointed && titles.repointedIns) || insTitle}>
          {highlighted(core, query)}
        </ins>
      );
    return (
      <Fragment key={i}>
        {lead}
        {mark}
        {trail}
      </Fragment>
    );
  });
}
