/**
 * Typing into an empty paragraph goes through a transaction, not the browser's own insertion.
 *
 * Right after a structure command puts the cursor into a new, empty paragraph (Pasal baru, Ayat
 * baru, Enter), Chrome can report the caret where ProseMirror put it while its own editing code
 * still holds an older position; a key pressed before the next frame then lands in another unit
 * (seen: the first letters of a new Pasal written into the next BAB's title). The editor state is
 * right at that moment, so the first character typed into an empty textblock is inserted from it.
 * Once the paragraph has text, the browser's native typing (spellcheck, IME) takes over again.
 */
import { Plugin, TextSelection } from 'prosemirror-state';

/** The plugin. */
export function emptyBlockInput(): Plugin {
  return new Plugin({
    props: {
      handleDOMEvents: {
        beforeinput(view, event) {
          const e = event as InputEvent;
          if (e.inputType !== 'insertText' || !e.data || e.isComposing || view.composing)
            return false;
          const sel = view.state.selection;
          if (!(sel instanceof TextSelection) || !sel.empty) return false;
          const parent = sel.$from.parent;
          if (!parent.inlineContent || parent.content.size > 0) return false;
          e.preventDefault();
          view.dispatch(view.state.tr.insertText(e.data).scrollIntoView());
          return true;
        },
      },
    },
  });
}
