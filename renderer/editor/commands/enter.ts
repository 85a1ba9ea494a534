/**
 * The Enter key of the Perda editor: the innermost unit decides (heading -> next block, list item
 * -> new item, ayat -> new ayat, other paragraphs -> new paragraph where allowed). Enter never
 * falls through to a generic split, so it cannot create a structure the schema refuses.
 */
import { chainCommands } from 'prosemirror-commands';
import type { Command } from 'prosemirror-state';
import { headingEnter } from './heading-enter';
import { splitAyat, splitItem } from './split-unit';
import { splitParagraph } from './split-paragraph';

/** Swallow the key (nothing sensible to do here). */
const ignore: Command = () => true;

/** Enter, as a command. */
export const enterCommand: Command = chainCommands(headingEnter, splitItem, splitAyat, splitParagraph, ignore);
