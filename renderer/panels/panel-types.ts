/**
 * The extension point of the drafting screen. A feature (comparison, instrument, comments,
 * checks, import, export …) adds a panel by creating `renderer/panels/<feature>/index.tsx` that
 * exports `panel: PanelDef`; the drafting screen discovers it at build time, so features never
 * edit the screen itself. `placement: 'side'` shows the panel as a tab of the right-hand column;
 * `'main'` shows it in place of the editor (which stays mounted, keeping cursor and undo).
 */
import type { ComponentType } from 'react';
import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import type { ProjectInfo } from '../../src/api/contract';
import type { ApiClient } from '../api/client';

/** What a panel receives from the drafting screen. */
export interface PanelContext {
  client: ApiClient;
  info: ProjectInfo;
  /** Changes whenever the project's saved versions change (a version saved or restored): panels listing versions read them again. */
  versionsKey: string;
  /** The draft document as last shown in the outline (updated a moment after each edit). */
  draftDoc: Node | null;
  /** The document shown in the editor now: the draft, or the version opened read-only. */
  shownDoc: Node | null;
  /** The label of the version opened read-only, or null when the draft is shown. */
  viewingVersionId: number | null;
  /** The draft editor, for panels that edit (e.g. accept a suggestion, fix a finding). */
  getDraftView(): EditorView | null;
  /** Show the editor (if a main panel is open) and put the cursor in the unit with this uid. */
  jumpToUnit(uid: string): void;
  /** Save the draft now (before an operation that reads it from the project file). */
  flush(): Promise<void>;
  /** True when nothing may be edited (read-only project or review mode). */
  readOnly: boolean;
  /** Show a short notice: a confirmation, or `warn` when something the user asked for could not be done. */
  notify(message: string, tone?: 'ok' | 'warn'): void;
  /** Show an error (an ApiError or any exception) with its Indonesian text. */
  reportError(error: unknown): void;
  /** Open another panel by id (e.g. the comments panel from the comparison table). */
  openPanel(id: string): void;
  /** True when both side columns (outline, side panels) are hidden, so the main view has the whole width. */
  fullWidth: boolean;
  /** Hide both side columns (`on`), or show both again. */
  setFullWidth(on: boolean): void;
}

/** A panel definition. */
export interface PanelDef {
  /** Stable id, e.g. "compare". */
  id: string;
  /** i18n key of the tab title. */
  titleKey: string;
  /** Where it shows. */
  placement: 'side' | 'main';
  /** Sort order among panels of the same placement (lower first). */
  order: number;
  /** The component. */
  Component: ComponentType<{ ctx: PanelContext }>;
}
