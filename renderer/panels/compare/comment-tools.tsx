/**
 * The comment buttons of a comparison row, one in each text column beside the unit's label:
 * in the old column (when it is the base text) a comment on the old wording, with the count of
 * its comments; in the new column a comment on the draft. Both read "Komentari"; their names
 * and tooltips say which text they comment on.
 */
import type { CompareSide } from '../../../src/api/contract';
import { threadStore } from '../comments/thread-store';
import type { RowText } from './row-parts';
import { RowButton } from './RowButton';

/** The old cell's tools: the count of its comments (opens the first) and "Komentari". */
export function OldCommentTools({ side, text, threads, onShowThread }: { side: CompareSide; text: RowText; threads: string[]; onShowThread(id: string): void }) {
  return (
    <span className="cmp-side-tools">
      {threads.length > 0 && (
        <RowButton
          className="small quiet cmp-old-threads"
          shown={text.t('comments.compareThreadsShort', { count: threads.length })}
          name={text.t('comments.compareThreads', { count: threads.length })}
          title={text.t('comments.compareThreads', { count: threads.length })}
          onPress={() => onShowThread(threads[0] as string)}
        />
      )}
      <RowButton
        className="small quiet cmp-comment-old"
        shown={text.t('comments.compareOldAction')}
        name={text.t('comments.compareOldActionName', { label: side.label })}
        title={text.t('comments.compareOldActionTitle', { label: side.label })}
        onPress={() => threadStore().actions?.composeOnBase({ unit: side.uid }, side.label)}
      />
    </span>
  );
}

/** The new cell's tool: "Komentari" on the draft's unit. */
export function NewCommentTool({ side, text }: { side: CompareSide; text: RowText }) {
  return (
    <span className="cmp-side-tools">
      <RowButton
        className="cmp-comment"
        shown={text.t('comments.compareAction')}
        name={text.t('comments.compareActionName', { label: side.label })}
        title={text.t('comments.compareActionTitle', { label: side.label })}
        onPress={() => threadStore().actions?.composeOnUnit(side.uid)}
      />
    </span>
  );
}
