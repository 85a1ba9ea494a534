/**
 * Pieces shared by the side-by-side table and the redline: a row's label line, its Keterangan
 * (with the changed ayat/items) and its three-way stage badge.
 */
import type { TFunction } from 'i18next';
import type { ComparePartView, CompareResult, CompareRowView, CompareSide, CompareStage } from '../../../src/api/contract';
import { newPartNames, partElsewhere, partName, partPiece, wholeSides } from '../../../src/diff/part-elsewhere';
import { wholePasalOnOneSide } from '../../../src/diff/whole-text-part';
import type { SegmentTitles } from './SegmentText';
import { partLink, pasalOf, type PartLink } from './part-link';
import { RowButton } from './RowButton';

/** Labels and titles the rows need, prepared once per render of the table (the marks' titles among them). */
export interface RowText extends SegmentTitles {
  t: TFunction;
  absent: string;
  /** Three-way names for the stage badge, or null outside three-way mode. */
  stageNames: { mid: string; new: string } | null;
  /** Show the row a part's note points to (absent: the notes offer no such button). */
  goto?: (link: PartLink) => void;
}

/** The button after a part's note that shows the row it points to ("lihat"), when it points to one. */
export function GotoLink({ row, part, text }: { row: CompareRowView; part: ComparePartView; text: RowText }) {
  const go = text.goto;
  const link = go ? partLink(row.old?.label, row.new?.label, part) : null;
  if (!go || !link || inThisRow(row, link)) return null;
  const name = text.t('compare.gotoTitle', { label: link.label });
  return (
    <>
      {' '}
      <RowButton className="cmp-goto" shown={text.t('compare.goto')} name={name} title={name} onPress={() => go(link)} />
    </>
  );
}

/** The place `link` points to is a Pasal of `row` itself (a part of the later Pasal of a merge). */
function inThisRow(row: CompareRowView, link: PartLink): boolean {
  const pasal = pasalOf(link.label);
  return (link.side === 'old' ? row.oldAll : row.newAll).some((u) => u.label === pasal);
}

/** A title row (BAB, Bagian, Paragraf) shows its label and title centred. */
export function isTitleRow(row: CompareRowView): boolean {
  return row.kind === 'bab' || row.kind === 'bagian' || row.kind === 'paragraf';
}

/** The label line of one side ("Pasal 5", "Menimbang huruf a"). */
export function SideLabel({ side }: { side: CompareSide | null }) {
  if (!side) return null;
  return <div className="cmp-label">{side.label}</div>;
}

/**
 * What happened to one part of a Pasal row: "ayat (2): diubah", "ayat (1): diubah; hanya ejaan",
 * "ayat (4) dipindahkan ke Pasal 29 ayat (3)"; `names` are the names the row's parts bear on its
 * new side (`newPartNames`).
 */
export function partNote(row: CompareRowView, p: ComparePartView, text: RowText, names: ReadonlySet<string>): string {
  const moved = partElsewhere(row.old?.label, row.new?.label, p.old?.label, p.new?.label);
  if (moved) {
    const changed = p.status === 'changed';
    const key = moved.direction === 'to' ? (changed ? 'changedTo' : 'to') : changed ? 'changedFrom' : 'from';
    return text.t(`compare.partMoved.${key}`, { part: moved.own, other: moved.other });
  }
  const piece = partPiece(row.old?.label, row.new?.label, p.status, p.old?.label, p.new?.label, wholeSides(row));
  if (piece) return text.t(`compare.partPiece.${piece.status}`, { part: piece.own, other: piece.other });
  const refs = (p.repointed ?? []).map((r) => text.t(r.was ? 'compare.repointedWasNote' : 'compare.repointedNote', { ref: r.ref, was: r.was })).join('');
  if (p.alike && wholePasalOnOneSide(row, p)) return text.t(p.old ? 'compare.partAlike.wholeNow' : 'compare.partAlike.wholeFormerly', { other: p.alike });
  const alike = p.alike ? text.t(p.old ? 'compare.partAlike.now' : 'compare.partAlike.formerly', { other: p.alike }) : '';
  const form = p.form ? `; ${p.form}` : '';
  return `${partName(row.old?.label, row.new?.label, p.old?.label, p.new?.label, names, wholeSides(row))}: ${text.t(`compare.status.${p.status}`).toLowerCase()}${form}${refs}${alike}`;
}

/** The Keterangan: the Indonesian note, a status class for the badge, and changed parts (unless `noParts`: a part row says each). */
export function Keterangan({ row, text, noParts = false }: { row: CompareRowView; text: RowText; noParts?: boolean }) {
  return (
    <>
      <span className={`cmp-status cmp-status-${row.status}`}>{row.keterangan}</span>
      {!noParts && <PartNotes row={row} parts={row.parts} text={text} className="cmp-parts" />}
    </>
  );
}

/** The notes of `parts` of `row`, each with its "lihat" where it names another place (nothing when there are none). */
function PartNotes({ row, parts, text, className }: { row: CompareRowView; parts: readonly ComparePartView[]; text: RowText; className: string }) {
  if (parts.length === 0) return null;
  const names = newPartNames(row.new?.label, row.partRows ?? row.parts);
  return (
    <ul className={className} aria-label={text.t('compare.parts')}>
      {parts.map((p, i) => (
        <li key={i}>
          {partNote(row, p, text, names)}
          <GotoLink row={row} part={p} text={text} />
        </li>
      ))}
    </ul>
  );
}

/**
 * In the redline, which marks every change in place, the notes of the parts that name another
 * place: an ayat moved to or from another Pasal, or reading alike a part of another Pasal.
 */
export function ElsewhereNotes({ row, text }: { row: CompareRowView; text: RowText }) {
  const linked = row.parts.filter((p) => partLink(row.old?.label, row.new?.label, p) !== null);
  return <PartNotes row={row} parts={linked} text={text} className="cmp-redline-notes" />;
}

/** The badge telling in which stage a change came (three-way mode): of a row, or of a part row. */
export function StageBadge({ stage, text }: { stage: CompareStage | undefined; text: RowText }) {
  if (!text.stageNames || !stage) return null;
  return <span className={`cmp-stage cmp-stage-${stage}`}>{text.t(`compare.stage.${stage}`, text.stageNames)}</span>;
}

/** Props that make a row open its unit in the editor by click or Enter (keyboard users too). */
export function rowActivation(row: CompareRowView, text: RowText, onRowClick: (row: CompareRowView) => void) {
  return {
    tabIndex: 0,
    // A row of the old text only has nothing to open: its title says so before the click does.
    title: row.new ? text.t('compare.jump', { label: row.new.label }) : text.t('compare.deletedNotInEditor', { label: row.old?.label ?? '' }),
    onClick: () => onRowClick(row),
    onKeyDown: (e: { key: string; target: unknown; currentTarget: unknown }) => {
      if (e.key === 'Enter' && e.target === e.currentTarget) onRowClick(row);
    },
  };
}

/** The display name of a compared document. */
export function sourceName(t: TFunction, s: CompareResult['sources']['old']): string {
  if (s.kind === 'base') return t('compare.base');
  if (s.kind === 'draft') return t('compare.draft');
  return t('compare.version', { label: s.label ?? String(s.id) });
}
