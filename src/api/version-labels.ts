/**
 * Labels the core gives the versions it saves of its own accord (the user names the others),
 * shared with the renderer, which tells such versions apart from the user's.
 */

/** Label of the version that keeps the previous draft when an import replaces it. */
export const BEFORE_IMPORT_LABEL = 'Draf sebelum impor';
