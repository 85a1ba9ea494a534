/**
 * The "Perbandingan" panel: choose what to compare, read the summary, the side-by-side table or
 * the redline, filter (all / only changes / the Pasal of one status / one BAB), find a word or
 * phrase (only the rows holding it, each occurrence marked), step through the changes (buttons or
 * F8 / Shift+F8) and click a row to open that unit in the editor; back on this tab the table is
 * where it was, with that row current. When the old column is the base text, reviewers comment
 * on it (a phrase selected there, or a whole row), and a comment on the old text chosen in the
 * comments panel scrolls the table to its row.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareResult, CompareRowView, CompareSide, VersionInfo } from '../../../src/api/contract';
import type { PanelContext } from '../panel-types';
import { useThreadStore, threadStore, updateThreadStore } from '../comments/thread-store';
import { baseThreadsByRow, rowKeyFor, rowKeysByOldUid } from './base-threads';
import { ChangeNav } from './ChangeNav';
import { CompareTable } from './CompareTable';
import { FilterSelect, filterCountsOf } from './FilterSelect';
import { oldCommentTarget, oldSideAt, readOldTextSelection, type OldTextSelection } from './old-text-selection';
import { RedlineView } from './RedlineView';
import { sourceName, type RowText } from './row-parts';
import { defaultSelection, exportTexts, isValidSelection, runArgs, type Selection } from './selection';
import { SourcePicker } from './SourcePicker';
import { SummaryBar } from './SummaryBar';
import { SearchBox } from './SearchBox';
import { PrintScope, PrintSources } from './PrintScope';
import { partsShown } from './row-search';
import { useShownRows } from './use-shown-rows';
import { SearchQuery } from './search-highlight';
import { useKeptPlace } from './use-kept-place';
import { readTop, rowInView } from './reading-place';
import { PrintButton } from './PrintButton';
import { DownloadMenu } from './DownloadMenu';
import { usePrintDetails } from './use-print-details';
import { usePageLabel } from './use-page-label';
import { useProgressiveCount } from './use-progressive-count';
import { changeSplit, isChange, nextStop, partStops, stepChange } from './view-model';
import { lineName, lineStops } from './segment-lines';
import { partKey } from './part-key';
import { pasalOf, type PartLink } from './part-link';
import { newPartNames, partName } from '../../../src/diff/part-elsewhere';
import './compare.css';

/** Choices kept while the panel is closed (for the rest of the session). */
const remembered: { selection: Selection | null; view: 'table' | 'redline' } = { selection: null, view: 'table' };

/** Every uid in a document, and "#diktum" / "#penutup" for those sections (rows name them so). */
function uidsOf(doc: PanelContext['shownDoc']): Set<string> {
  const out = new Set<string>();
  doc?.descendants((n) => {
    const uid = n.attrs.uid as unknown;
    if (typeof uid === 'string' && uid) out.add(uid);
    // Sections without a uid that rows name by type (the "Menetapkan" line, the perintah pengundangan).
    if (n.type.name === 'diktum' || n.type.name === 'penutup') out.add(`#${n.type.name}`);
    return true;
  });
  return out;
}

/**
 * Scroll a row into view: centred when it fits; a long row at its top, or at its first word
 * change when that lies further down than the view is high.
 */
function revealRow(box: HTMLElement, row: HTMLElement): void {
  const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const room = box.clientHeight - head;
  if (row.getBoundingClientRect().height <= room) return row.scrollIntoView({ block: 'center' });
  const mark = row.querySelector('ins, del');
  const depth = mark ? mark.getBoundingClientRect().top - row.getBoundingClientRect().top : 0;
  if (mark && depth > room * 0.6) mark.scrollIntoView({ block: 'center' });
  else row.scrollIntoView({ block: 'start' });
}

/** The panel. */
export function ComparePanel({ ctx }: { ctx: PanelContext }) {
  const { t } = useTranslation();
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [selection, setSelection] = useState<Selection | null>(remembered.selection);
  const [result, setResult] = useState<CompareResult | null>(null);
  const [running, setRunning] = useState(false);
  const [view, setView] = useState<'table' | 'redline'>(remembered.view);
  const [current, setCurrent] = useState(-1);
  // The changed part F8 stands on inside the current row, when that row is shown part by part.
  const [partAt, setPartAt] = useState<{ key: string; part: number; view: 'table' | 'redline' } | null>(null);
  const scroller = useRef<HTMLDivElement | null>(null);
  // Set when the current row is to be scrolled into view once rendered (a step, a view switch).
  const reveal = useRef(false);
  const runId = useRef(0);
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const { client, info } = ctx;

  useEffect(() => {
    let live = true;
    client.call('version.list', {}).then(
      (list) => live && setVersions(list),
      (e: unknown) => live && ctxRef.current.reportError(e),
    );
    return () => {
      live = false;
    };
    // Read again when a version is saved or restored while the panel is open.
  }, [client, ctx.versionsKey]);

  useEffect(() => {
    if (!versions) return;
    setSelection((s) => (s && isValidSelection(s, info.hasBase, versions) ? s : defaultSelection(info.hasBase, versions)));
  }, [versions, info.hasBase]);

  useEffect(() => {
    if (!selection || !versions || !isValidSelection(selection, info.hasBase, versions)) return;
    remembered.selection = selection;
    const id = ++runId.current;
    setRunning(true);
    void (async () => {
      try {
        await ctxRef.current.flush();
        const res = await client.call('compare.run', runArgs(selection));
        if (id === runId.current) {
          setResult(res);
          setCurrent(-1);
        }
      } catch (e) {
        if (id === runId.current) ctxRef.current.reportError(e);
      } finally {
        if (id === runId.current) setRunning(false);
      }
    })();
  }, [selection, versions, info.hasBase, client]);

  // Another filter or search shows other rows: from their top.
  const shown = useShownRows(result, () => {
    setCurrent(-1);
    scroller.current?.scrollTo({ top: 0 });
  });
  const { rows, searched, filter: effectiveFilter, key: filterKey } = shown;
  const split = useMemo(() => changeSplit(rows), [rows]);
  const filterCounts = useMemo(() => (result ? filterCountsOf(result) : null), [result]);
  const { count, ensure } = useProgressiveCount(rows.length, rows);
  usePrintDetails('details.cmp-steps');
  usePageLabel();
  const currentKey = rows[current]?.row.key ?? null;
  // Where F8 stands inside the current row: a part row in the table, a line of the redline.
  const currentStop = partAt && partAt.key === currentKey && partAt.view === view ? partAt.part : null;
  const currentPart = view === 'table' ? currentStop : null;
  const currentLine = view === 'redline' ? currentStop : null;
  const currentPartName = useMemo(() => {
    const row = rows[current]?.row;
    if (!row || currentStop === null) return null;
    if (view === 'redline') return lineName(row, currentStop);
    const p = row.partRows?.[currentStop];
    return p ? partName(row.old?.label, row.new?.label, p.old?.label, p.new?.label, newPartNames(row.new?.label, row.partRows ?? [])) : null;
  }, [rows, current, currentStop, view]);
  const currentRow = rows[current];
  const changeNo = currentRow && isChange(currentRow.row) ? rows.slice(0, current + 1).filter((r) => isChange(r.row)).length : 0;
  const place = useKeptPlace({
    scroller,
    context: result && selection ? `${info.path}|${JSON.stringify(runArgs(selection))}|${filterKey}|${view}` : null,
    rows,
    count,
    ensure,
    currentKey,
    setCurrent,
  });

  // Where F8 stops inside a row: in the table, the changed parts of a Pasal shown part by part
  // (under a search, those that hold it, as PartRows shows them; under "Hanya perubahan isi", not
  // those changed in form only); in the redline, its changed lines.
  const contentOnly = effectiveFilter.kind === 'content';
  const stopsOf = useCallback(
    (row: CompareRowView) => (view === 'table' ? partStops(row, partsShown(row.partRows ?? [], searched, contentOnly)) : lineStops(row)),
    [view, searched, contentOnly],
  );
  const step = useCallback(
    (dir: 1 | -1) => {
      // Scrolled away from the current row (or none yet): go on from the first row in view.
      const box = scroller.current;
      let from = current;
      const here = rows[current]?.row;
      if (box && (!here || !rowInView(box, here.key))) {
        const key = readTop(box).topKey;
        const top = key === null ? -1 : rows.findIndex((r) => r.row.key === key);
        if (top >= 0) from = dir === 1 ? top - 1 : top;
      }
      // The current row, when still in view and with stops, is stepped through: its head, then each stop.
      const stops = here && from === current ? stopsOf(here) : null;
      if (here && stops) {
        const part = currentStop === null && dir === -1 ? -1 : nextStop(stops, currentStop ?? -1, dir);
        if (part >= 0 || (dir === -1 && currentStop !== null)) {
          place.forget();
          reveal.current = true;
          setPartAt(part >= 0 ? { key: here.key, part, view } : null);
          return;
        }
      }
      const next = stepChange(rows, from, dir);
      if (next < 0) return;
      place.forget();
      ensure(next);
      reveal.current = true;
      setCurrent(next);
      // Stepping back into a row with stops lands on its last one.
      const back = rows[next]?.row;
      const backStops = dir === -1 && back ? stopsOf(back) : null;
      const last = backStops?.[backStops.length - 1];
      setPartAt(back && last !== undefined ? { key: back.key, part: last, view } : null);
    },
    [rows, current, currentStop, view, ensure, place, stopsOf],
  );

  useEffect(() => {
    if (!reveal.current || !currentKey) return;
    const box = scroller.current;
    const sel = currentPart !== null ? `[data-key="${partKey(currentKey, currentPart)}"]` : currentLine !== null ? `[data-key="${currentKey}"] [data-line="${currentLine}"]` : `[data-key="${currentKey}"]`;
    const el = box?.querySelector<HTMLElement>(sel);
    if (!box || !el) return;
    reveal.current = false;
    revealRow(box, el);
  }, [currentKey, currentPart, currentLine, count, view]);

  // Comments on the old text (only when the old column is the base).
  const threads = useThreadStore();
  const oldIsBase = result?.sources.old.kind === 'base';
  const oldThreads = useMemo(
    () => (oldIsBase && threads.list ? baseThreadsByRow(result?.rows ?? [], threads.list.threads) : new Map<string, string[]>()),
    [oldIsBase, result, threads.list],
  );
  const showThread = useCallback((id: string) => {
    updateThreadStore({ selected: id });
    ctxRef.current.openPanel('comments');
  }, []);
  const [oldSel, setOldSel] = useState<OldTextSelection | null>(null);
  useEffect(() => {
    if (!oldIsBase) return setOldSel(null);
    const onChange = () => setOldSel(scroller.current ? readOldTextSelection(scroller.current) : null);
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [oldIsBase]);
  const commentOnSelection = () => {
    const unit = oldSel && result ? oldSideAt(result.rows, oldSel.rowKey) : null;
    if (!oldSel || !unit) return;
    const target = oldCommentTarget(unit, oldSel);
    threadStore().actions?.composeOnBase({ unit: target.uid, quote: oldSel.quote, occurrence: target.occurrence }, target.label);
    setOldSel(null);
  };

  // Showing a row the filter or search hides: clear them first (true when there was something to clear).
  const unhide = useCallback(() => {
    if (shown.everything) return false;
    shown.setQuery('');
    shown.setFilter({ kind: 'all' });
    return true;
  }, [shown]);
  // Make row `at` the current one and scroll it into view.
  const showRow = useCallback(
    (at: number) => {
      place.forget();
      ensure(at);
      reveal.current = true;
      setCurrent(at);
    },
    [place, ensure],
  );

  // A base-side thread chosen in the comments panel: show the base comparison and scroll to its row.
  const focus = threads.compareFocus;
  useEffect(() => {
    if (!focus || !result || !versions) return;
    const done = () => updateThreadStore({ compareFocus: null });
    if (result.sources.old.kind !== 'base') {
      const draftBase = info.hasBase ? defaultSelection(true, versions) : null;
      if (!draftBase || selection?.mode === 'draftBase') return done();
      return setSelection(draftBase);
    }
    const key = rowKeyFor(rowKeysByOldUid(result.rows), focus.uids);
    const at = rows.findIndex((r) => r.row.key === key);
    if (key && at < 0 && unhide()) return;
    done();
    if (at < 0) return;
    if (view !== 'table') setViewKept('table');
    showRow(at);
  }, [focus, result, versions, rows, view, info.hasBase, selection, unhide, showRow]);

  // A part's note pointing to another row ("lihat"): show that row, clearing a filter that hides it.
  const [gotoLink, setGotoLink] = useState<PartLink | null>(null);
  const goto = useCallback((link: PartLink) => setGotoLink(link), []);
  useEffect(() => {
    if (!gotoLink || !result) return;
    const pasal = pasalOf(gotoLink.label);
    const holds = (r: CompareRowView) => r.kind === 'pasal' && pasal !== null && r[gotoLink.side]?.label === pasal;
    const at = rows.findIndex((r) => holds(r.row));
    if (at < 0 && result.rows.some(holds) && unhide()) return;
    setGotoLink(null);
    if (at < 0) return;
    showRow(at);
    // In a Pasal shown part by part, the part itself ("ayat (6)").
    const row = rows[at]?.row;
    const part = view === 'table' && row ? (row.partRows ?? []).findIndex((p) => p[gotoLink.side]?.label === gotoLink.label) : -1;
    setPartAt(row && part >= 0 ? { key: row.key, part, view } : null);
  }, [gotoLink, result, rows, unhide, showRow, view]);

  const shownUids = useMemo(() => uidsOf(ctx.shownDoc), [ctx.shownDoc]);
  const onRowClick = useCallback(
    (row: CompareRowView, unit?: CompareSide) => {
      if (window.getSelection()?.toString()) return;
      // The opened row becomes the current one, and stays so when the reader comes back.
      setCurrent(rows.findIndex((r) => r.row === row));
      place.noteCurrent(row.key);
      // A part row opens its own ayat or item where the editor has it, else its Pasal.
      const target = [unit, row.new, row.old].find((s) => s && shownUids.has(s.uid));
      if (target) ctxRef.current.jumpToUnit(target.uid);
      // A deleted row names the old unit: say so, since the draft may have another unit of that number.
      else if (!row.new && row.old) ctxRef.current.notify(t('compare.deletedNotInEditor', { label: row.old.label }), 'warn');
      else ctxRef.current.notify(t('compare.notInEditor', { label: (row.new ?? row.old)?.label ?? '' }), 'warn');
    },
    [shownUids, t, rows, place],
  );

  const text: RowText = useMemo(
    () => ({
      t,
      del: t('compare.del'),
      ins: t('compare.ins'),
      former: (old: string) => t('compare.formerNumber', { old }),
      later: (now: string) => t('compare.laterNumber', { now }),
      caseFormer: (old: string) => t('compare.caseFormer', { old }),
      caseLater: (now: string) => t('compare.caseLater', { now }),
      spellingFormer: (old: string) => t('compare.spellingFormer', { old }),
      spellingLater: (now: string) => t('compare.spellingLater', { now }),
      abbreviationFormer: (old: string) => t('compare.abbreviationFormer', { old }),
      abbreviationLater: (now: string) => t('compare.abbreviationLater', { now }),
      repointedDel: t('compare.repointedDel'),
      repointedIns: t('compare.repointedIns'),
      repointedDelWas: (was: string) => t('compare.repointedDelWas', { was }),
      absent: t('compare.absent'),
      stageNames: result?.sources.mid ? { mid: sourceName(t, result.sources.mid), new: sourceName(t, result.sources.new) } : null,
      goto,
    }),
    [t, result, goto],
  );

  const setViewKept = (v: 'table' | 'redline') => {
    remembered.view = v;
    reveal.current = currentKey !== null;
    setView(v);
  };

  if (versions && !selection) return <p className="hint cmp-empty-state">{t('compare.nothingToCompare')}</p>;
  return (
    <div className="cmp-panel" aria-busy={running}>
      <div className="cmp-controls">
        <div className="cmp-controls-row">
          <h2 className="panel-title cmp-heading">{t('compare.heading')}</h2>
          {selection && versions && <SourcePicker value={selection} hasBase={info.hasBase} versions={versions} onChange={setSelection} />}
          {result && (
            <span className="cmp-display">
              <span className="cmp-legend">
                <del className="cmp-del">{t('compare.del')}</del>
                <ins className="cmp-ins">{t('compare.ins')}</ins>
                {view === 'redline' ? (
                  <span className="cmp-renum" title={t('compare.formerLegendTitle')}>
                    <del className="cmp-renum-old">{t('compare.formerLegend')}</del>
                  </span>
                ) : (
                  <span className="cmp-renum-side" title={t('compare.followedLegendTitle')}>
                    {t('compare.followedLegend')}
                  </span>
                )}
                <span className="cmp-case" title={t('compare.caseLegendTitle')}>
                  {t('compare.caseLegend')}
                </span>
              </span>
              <span className="cmp-seg" role="group" aria-label={t('compare.view')}>
                {(['table', 'redline'] as const).map((v) => (
                  <button key={v} type="button" className={view === v ? 'is-active' : ''} aria-pressed={view === v} onClick={() => setViewKept(v)}>
                    {t(v === 'table' ? 'compare.viewTable' : 'compare.viewRedline')}
                  </button>
                ))}
              </span>
              <PrintButton ensureAll={() => ensure(rows.length - 1)} allShown={count >= rows.length} />
              <DownloadMenu client={client} texts={selection ? exportTexts(selection) : null} onError={(e) => ctxRef.current.reportError(e)} />
            </span>
          )}
        </div>
        {!info.hasBase && <p className="hint">{t('compare.noBase')}</p>}
        {result && (
          <>
            <div className="cmp-controls-row">
              <SummaryBar
                result={result}
                formOnly={filterCounts?.formOnly ?? 0}
                shown={effectiveFilter.kind === 'status' ? effectiveFilter.status : effectiveFilter.kind === 'outside' || effectiveFilter.kind === 'content' ? effectiveFilter.kind : null}
                onShow={(s) => shown.setFilter(s === null ? { kind: 'all' } : s === 'outside' || s === 'content' ? { kind: s } : { kind: 'status', status: s })}
              />
              <SearchBox value={shown.query} found={searched ? rows.length : null} onChange={shown.setQuery} onStep={step} />
            </div>
            <PrintSources result={result} printedOn={new Date()} />
            <PrintScope result={result} shown={shown} />
            <div className="cmp-controls-row cmp-toolbar">
              {filterCounts && <FilterSelect counts={filterCounts} value={effectiveFilter} onChange={shown.setFilter} />}
              <ChangeNav step={step} split={split} changeNo={changeNo} part={currentPartName} shownRows={rows.length} />
              <button
                type="button"
                className="cmp-wide"
                aria-pressed={ctx.fullWidth}
                title={t(ctx.fullWidth ? 'columns.narrowTitle' : 'columns.wideTitle')}
                onClick={() => ctx.setFullWidth(!ctx.fullWidth)}
              >
                {t(ctx.fullWidth ? 'columns.narrow' : 'columns.wide')}
              </button>
            </div>
          </>
        )}
        {running && <p className="hint cmp-running">{t('compare.running')}</p>}
      </div>
      <div className="cmp-scroll" ref={scroller}>
        <SearchQuery.Provider value={searched}>
        {result && rows.length === 0 && <p className="hint">{searched ? t('compare.searchNone', { query: shown.query.trim() }) : t('compare.noChanges')}</p>}
        {result && rows.length > 0 && view === 'table' && (
          <CompareTable
            rows={rows}
            count={count}
            currentKey={currentKey}
            currentPart={currentPart}
            text={text}
            columns={{ old: sourceName(t, result.sources.old), new: sourceName(t, result.sources.new) }}
            pairedBy={result.matchedBy === 'number' || result.matchedBy === 'content' ? result.matchedBy : null}
            onRowClick={onRowClick}
            oldIsBase={oldIsBase}
            oldThreads={oldThreads}
            onShowThread={showThread}
            changesOnly={effectiveFilter.kind === 'changes' || effectiveFilter.kind === 'content'}
            contentOnly={effectiveFilter.kind === 'content'}
          />
        )}
        {oldSel && !threads.composer && (
          <button
            type="button"
            className="cmp-old-bubble"
            style={{ top: oldSel.top, left: oldSel.left }}
            onMouseDown={(e) => e.preventDefault()}
            onClick={commentOnSelection}
          >
            {t('comments.compareSelection')}
          </button>
        )}
        {result && rows.length > 0 && view === 'redline' && <RedlineView rows={rows} allRows={result.rows} count={count} currentKey={currentKey} currentLine={currentLine} text={text} onRowClick={onRowClick} />}
        </SearchQuery.Provider>
      </div>
    </div>
  );
}
