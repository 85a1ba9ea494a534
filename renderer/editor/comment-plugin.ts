/**
 * The comment plugin of the editor: shows each thread's anchor as a decoration (a highlighted
 * phrase, or a margin marker on the unit for a whole-unit thread), moves the ranges through
 * every transaction (`mapMarks`), and remembers the active thread (clicked in the panel or in
 * the text). The marks are set from outside (the comments layer, after `thread.list`) with
 * `setCommentMarks`; a click on a marked phrase makes its thread active.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { mapMarks, type CommentMark } from './comment-marks';

/** The plugin's state. */
export interface CommentPluginState {
  marks: CommentMark[];
  active: string | null;
  decorations: DecorationSet;
}

type Meta = { marks: CommentMark[] } | { active: string | null };

/** Key of the comment plugin. */
export const commentPluginKey = new PluginKey<CommentPluginState>('comments');

/** The decorations of a set of marks. */
export function commentDecorations(doc: Node, marks: readonly CommentMark[], active: string | null): DecorationSet {
  const decos: Decoration[] = [];
  for (const m of marks) {
    if (m.deleted || m.to <= m.from || m.to > doc.content.size) continue;
    const cls = ['comment-mark', m.status === 'resolved' ? 'is-resolved' : '', m.threadId === active ? 'is-active' : ''].filter(Boolean).join(' ');
    if (m.whole) {
      const node = doc.nodeAt(m.from);
      if (!node || m.from + node.nodeSize !== m.to) continue;
      decos.push(Decoration.node(m.from, m.to, { class: cls.replace('comment-mark', 'comment-unit'), 'data-thread': m.threadId }));
    } else {
      decos.push(Decoration.inline(m.from, m.to, { class: cls, 'data-thread': m.threadId }, { inclusiveStart: false, inclusiveEnd: false }));
    }
  }
  return DecorationSet.create(doc, decos);
}

/** The thread marked at `pos` (the innermost phrase first), or null. */
export function threadAt(marks: readonly CommentMark[], pos: number): string | null {
  let best: CommentMark | null = null;
  for (const m of marks) {
    if (m.deleted || m.whole || pos < m.from || pos > m.to) continue;
    if (!best || m.to - m.from < best.to - best.from) best = m;
  }
  return best?.threadId ?? null;
}

/** The plugin. */
export function commentPlugin(): Plugin<CommentPluginState> {
  return new Plugin<CommentPluginState>({
    key: commentPluginKey,
    state: {
      init: (_config, state) => ({ marks: [], active: null, decorations: DecorationSet.create(state.doc, []) }),
      apply(tr, prev, _old, next): CommentPluginState {
        const meta = tr.getMeta(commentPluginKey) as Meta | undefined;
        let { marks, active } = prev;
        if (tr.docChanged) marks = mapMarks(marks, tr.mapping);
        if (meta && 'marks' in meta) marks = meta.marks;
        if (meta && 'active' in meta) active = meta.active;
        if (marks === prev.marks && active === prev.active) return prev;
        return { marks, active, decorations: commentDecorations(next.doc, marks, active) };
      },
    },
    props: {
      decorations: (state) => commentPluginKey.getState(state)?.decorations,
      handleClick(view, pos) {
        const st = commentPluginKey.getState(view.state);
        const id = st ? threadAt(st.marks, pos) : null;
        if (id && id !== st?.active) view.dispatch(setActiveComment(view.state.tr, id));
        return false;
      },
    },
  });
}

/** Set the marks (replacing the current ones) on a transaction. */
export function setCommentMarks(tr: Transaction, marks: CommentMark[]): Transaction {
  return tr.setMeta(commentPluginKey, { marks } satisfies Meta);
}

/** Make a thread active (highlighted more strongly), or none. */
export function setActiveComment(tr: Transaction, threadId: string | null): Transaction {
  return tr.setMeta(commentPluginKey, { active: threadId } satisfies Meta);
}

/** The current marks and active thread of a state (empty when the plugin is absent). */
export function commentState(state: EditorState): { marks: readonly CommentMark[]; active: string | null } {
  const st = commentPluginKey.getState(state);
  return { marks: st?.marks ?? [], active: st?.active ?? null };
}
