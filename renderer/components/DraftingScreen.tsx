/**
 * The drafting screen: top bar, toolbar, outline (left), the Perda editor (middle) and the
 * versions panel (right); the outline and the right column can be hidden (`use-column-layout.ts`).
 * A version opens read-only in a second editor while the draft editor stays mounted (hidden), so
 * switching back keeps the cursor and the undo history.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { ProjectInfo, VersionInfo } from '../../src/api/contract';
import type { ApiClient } from '../api/client';
import { createPerdaState } from '../editor/create-state';
import { jumpToUnit } from '../editor/jump-to-unit';
import { buildOutline, type OutlineEntry } from '../editor/outline';
import { useDraftSession } from '../hooks/use-draft-session';
import { stageText } from '../lib/stages';
import { ConfirmDialog } from './ConfirmDialog';
import { ConflictBanner } from './ConflictBanner';
import { EditorHost } from './EditorHost';
import { ErrorNotice } from './ErrorNotice';
import { OutlinePanel } from './OutlinePanel';
import { SaveVersionDialog } from './SaveVersionDialog';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { TopBar } from './TopBar';
import { VersionsPanel } from './VersionsPanel';
import { PANELS } from '../panels/registry';
import type { PanelContext } from '../panels/panel-types';
import { PanelTabs } from './PanelTabs';
import { useHostEvents } from '../hooks/use-host-events';
import { useColumnLayout } from '../hooks/use-column-layout';
import { COLUMN_IDS, ColumnRail, HideColumnButton } from './ColumnToggle';
import { CommentLayer } from '../panels/comments/CommentLayer';
import { ReviewBanner } from './ReviewBanner';

type Dialog = { kind: 'saveVersion' } | { kind: 'restore'; version: VersionInfo } | null;
interface Viewing {
  version: VersionInfo;
  state: EditorState;
}

const OUTLINE_DELAY = 250;

/** Desktop menu actions that open a feature panel (electron/menu.ts lists the ids). */
const MENU_PANELS: Record<string, string> = {
  'view.compare': 'compare',
  'view.redline': 'compare',
  'review.comments': 'comments',
  'export.open': 'export',
  'export.pdf': 'export',
  'import.open': 'import',
};

/** The screen. */
export function DraftingScreen({ client, info, onClosed }: { client: ApiClient; info: ProjectInfo; onClosed(): void }) {
  const { t } = useTranslation();
  const session = useDraftSession(client);
  const draftView = useRef<EditorView | null>(null);
  const versionView = useRef<EditorView | null>(null);
  const outlineTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [outline, setOutline] = useState<OutlineEntry[]>([]);
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [viewing, setViewing] = useState<Viewing | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNoticeState] = useState<{ text: string; tone: 'ok' | 'warn' } | null>(null);
  const setNotice = (text: string | null, tone: 'ok' | 'warn' = 'ok') => setNoticeState(text === null ? null : { text, tone });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState(info.mode);
  const [draftDoc, setDraftDoc] = useState<Node | null>(null);
  const [sideTab, setSideTab] = useState('versions');
  const [mainTab, setMainTab] = useState('editor');
  const columns = useColumnLayout();

  const refreshVersions = useCallback(async () => {
    try {
      const list = await client.call('version.list', {});
      setVersions([...list].sort((a, b) => b.id - a.id));
    } catch (e) {
      setError(e);
    }
  }, [client]);

  useEffect(() => {
    void refreshVersions();
  }, [refreshVersions]);

  const showOutline = useCallback((doc: Node) => {
    if (outlineTimer.current) clearTimeout(outlineTimer.current);
    outlineTimer.current = null;
    setOutline(buildOutline(doc));
    setDraftDoc(doc);
  }, []);

  useEffect(() => {
    if (session.loaded) showOutline(session.loaded.state.doc);
  }, [session.loaded, showOutline]);

  useEffect(() => () => {
    if (outlineTimer.current) clearTimeout(outlineTimer.current);
  }, []);

  const onDraftTransaction = useCallback(
    (view: EditorView, tr: Transaction) => {
      if (tr.docChanged) {
        session.changed(view.state.doc);
        if (outlineTimer.current) clearTimeout(outlineTimer.current);
        outlineTimer.current = setTimeout(() => showOutline(view.state.doc), OUTLINE_DELAY);
      }
    },
    [session, showOutline],
  );

  const openVersion = async (v: VersionInfo) => {
    setError(null);
    try {
      const res = await client.call('version.get', { id: v.id });
      const state = createPerdaState(res.doc);
      setViewing({ version: res.version, state });
      setOutline(buildOutline(state.doc));
    } catch (e) {
      setError(e);
    }
  };

  const backToDraft = () => {
    setViewing(null);
    if (draftView.current) showOutline(draftView.current.state.doc);
  };

  const saveVersion = async (label: string, stage: string) => {
    await session.flush();
    await client.call('version.save', stage ? { label, stage } : { label });
    setDialog(null);
    setNotice(t('saveVersion.saved', { label }));
    await refreshVersions();
  };

  const restore = async (v: VersionInfo) => {
    setBusy(true);
    setError(null);
    try {
      await session.flush();
      const res = await client.call('version.restore', { id: v.id });
      setViewing(null);
      session.replace(res.draft);
      setNotice(t('versions.restored', { label: v.label }));
      await refreshVersions();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setDialog(null);
    }
  };

  const close = async () => {
    try {
      await session.flush();
      if (info.review) await client.call('review.close', {});
      else await client.call('project.close', {});
      onClosed();
    } catch (e) {
      setError(e);
    }
  };

  const jump = (uid: string) => {
    const view = viewing ? versionView.current : draftView.current;
    if (!view) return;
    // A notice about an earlier row (a deleted one could not be opened) is stale once a unit opens.
    setNotice(null);
    if (mainTab === 'editor') {
      jumpToUnit(view, uid);
      return;
    }
    // The editor column is hidden behind a main panel: show it first, then move the cursor.
    setMainTab('editor');
    setTimeout(() => jumpToUnit(view, uid), 0);
  };

  useHostEvents({
    menu: (action) => {
      const panel = MENU_PANELS[action];
      if (panel) panelCtx.openPanel(panel);
      else if (action === 'view.draft') setMainTab('editor');
      else if (action === 'view.versions') openSide('versions');
      else if (action === 'view.outline') columns.show('outline');
      else if (action === 'view.sidePanel') columns.show('side');
      else if (action === 'version.save') setDialog({ kind: 'saveVersion' });
      else if (action === 'project.save') void session.flush().catch(setError);
      else if (action === 'project.close') void close();
    },
    closing: () => void session.flush().catch(setError),
    notice: (text) => setNotice(text),
  });

  const versionsKey = versions?.map((v) => v.id).join(',') ?? '';

  /** Show a side panel, bringing its column back if it was hidden. */
  const openSide = (id: string) => {
    setSideTab(id);
    columns.show('side', true);
  };

  const panelCtx: PanelContext = {
    client,
    info,
    versionsKey,
    draftDoc,
    shownDoc: viewing ? viewing.state.doc : draftDoc,
    viewingVersionId: viewing?.version.id ?? null,
    getDraftView: () => draftView.current,
    jumpToUnit: jump,
    flush: () => session.flush(),
    readOnly: info.readOnly,
    notify: setNotice,
    reportError: setError,
    openPanel: (id) => {
      const p = PANELS.find((x) => x.id === id);
      if (p?.placement === 'main') setMainTab(id);
      else if (p) openSide(id);
    },
    fullWidth: !columns.layout.outline && !columns.layout.side,
    setFullWidth: (on) => {
      columns.show('outline', !on);
      columns.show('side', !on);
    },
  };
  const mainPanels = PANELS.filter((p) => p.placement === 'main');
  const sidePanels = PANELS.filter((p) => p.placement === 'side');
  const activeMain = mainPanels.find((p) => p.id === mainTab);
  const activeSide = sidePanels.find((p) => p.id === sideTab);

  return (
    <div className="drafting-screen">
      <TopBar
        info={{ ...info, mode }}
        saveState={session.saveState}
        canSaveVersion={session.loaded !== null && !info.readOnly}
        onSaveVersion={() => setDialog({ kind: 'saveVersion' })}
        onClose={() => void close()}
      />
      <Toolbar
        // Editing acts on the editor's selection: with the editor hidden behind a main panel
        // (Perbandingan, Impor), a button would change a draft the user cannot see.
        disabled={viewing !== null || session.loaded === null || info.readOnly || mainTab !== 'editor'}
        // Behind a main panel the buttons do nothing: the panel gets their room (a table at 1366 x 768 gains two or three lines).
        hidden={activeMain !== undefined}
        client={client}
        mode={mode}
        onModeChanged={setMode}
        onError={setError}
      />
      {session.saveState === 'conflict' && (
        <ConflictBanner onReload={() => void session.reload()} onOverwrite={() => void session.overwrite().catch(setError)} />
      )}
      <ReviewBanner client={client} onClosed={onClosed} />
      <div className="notices">
        <ErrorNotice error={error ?? session.loadError} onDismiss={() => setError(null)} />
        {notice && (
          <div className={`notice notice-${notice.tone}`} role="status">
            <span>{notice.text}</span>
            <button type="button" className="notice-dismiss" onClick={() => setNotice(null)} aria-label={t('common.close')}>
              ×
            </button>
          </div>
        )}
      </div>
      <div className={`workspace${columns.layout.outline ? '' : ' no-outline'}${columns.layout.side ? '' : ' no-side'}`}>
        {/* A hidden column stays mounted (what was typed in a side panel stays), a rail stands in its place. */}
        <OutlinePanel entries={outline} onJump={jump} hidden={!columns.layout.outline} onHide={() => columns.show('outline', false)} />
        {!columns.layout.outline && <ColumnRail column="outline" onShow={() => columns.show('outline', true)} />}
        <div className="main-column">
        {mainPanels.length > 0 && (
          <PanelTabs
            label={t('panels.mainTabs')}
            tabs={[{ id: 'editor', title: t('panels.editor') }, ...mainPanels.map((p) => ({ id: p.id, title: t(p.titleKey) }))]}
            active={mainTab}
            onSelect={setMainTab}
          />
        )}
        {activeMain && (
          <section className="main-panel" data-panel={activeMain.id}>
            <activeMain.Component ctx={panelCtx} />
          </section>
        )}
        <main className="editor-column" hidden={activeMain !== undefined}>
          {viewing && (
            <div className="version-banner" role="status">
              <span>
                {t('versions.viewing', { label: viewing.version.label, stage: stageText(t, viewing.version.stage) || '—' })}
              </span>
              <button type="button" className="primary" onClick={backToDraft}>
                {t('versions.back')}
              </button>
            </div>
          )}
          <div className="editor-scroll">
            <div className="paper">
              {session.loaded && (
                <EditorHost
                  state={session.loaded.state}
                  editable={!info.readOnly}
                  label={info.title}
                  hidden={viewing !== null}
                  primary
                  onView={(v) => (draftView.current = v)}
                  onTransaction={onDraftTransaction}
                  onBlur={() => void session.flush().catch(() => undefined)}
                />
              )}
              {viewing && (
                <EditorHost
                  state={viewing.state}
                  editable={false}
                  label={viewing.version.label}
                  onView={(v) => (versionView.current = v)}
                />
              )}
            </div>
          </div>
        </main>
        </div>
        {!columns.layout.side && <ColumnRail column="side" onShow={() => columns.show('side', true)} />}
        <div className="side-column" id={COLUMN_IDS.side} hidden={!columns.layout.side}>
          <PanelTabs
            label={t('panels.sideTabs')}
            tabs={[{ id: 'versions', title: t('versions.title') }, ...sidePanels.map((p) => ({ id: p.id, title: t(p.titleKey) }))]}
            active={sideTab}
            onSelect={setSideTab}
            end={<HideColumnButton column="side" onHide={() => columns.show('side', false)} />}
          />
          {activeSide ? (
            <aside className="side-panel feature-panel" data-panel={activeSide.id}>
              <activeSide.Component ctx={panelCtx} />
            </aside>
          ) : (
            <VersionsPanel
              versions={versions}
              viewingId={viewing?.version.id ?? null}
              onOpen={(v) => void openVersion(v)}
              onRestore={(v) => setDialog({ kind: 'restore', version: v })}
            />
          )}
        </div>
      </div>
      <StatusBar client={client} hidden={viewing !== null} versionsKey={versionsKey} />
      <CommentLayer ctx={panelCtx} reloadDraft={session.reload} />
      {dialog?.kind === 'saveVersion' && <SaveVersionDialog onSubmit={saveVersion} onCancel={() => setDialog(null)} />}
      {dialog?.kind === 'restore' && (
        <ConfirmDialog
          title={t('versions.restoreTitle')}
          message={t('versions.restoreConfirm', { label: dialog.version.label })}
          busy={busy}
          onConfirm={() => void restore(dialog.version)}
          onCancel={() => setDialog(null)}
        />
      )}
    </div>
  );
}
