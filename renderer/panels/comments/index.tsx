/** The comments feature: the "Komentar" tab of the right-hand column. */
import type { PanelDef } from '../panel-types';
import { CommentsPanel } from './CommentsPanel';

/** Panel definition discovered by the drafting screen. */
export const panel: PanelDef = { id: 'comments', titleKey: 'comments.title', placement: 'side', order: 5, Component: CommentsPanel };
