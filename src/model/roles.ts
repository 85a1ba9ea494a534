/**
 * The `role` values of special paragraphs (schema `para.attrs.role`), so that the renderer,
 * exports and importers agree on which paragraph is which part of the diktum and penutup.
 */

/** Roles of the diktum paragraphs (drafting-rules.md 1.3.5), in print order. */
export const DIKTUM_ROLES = ['persetujuanBersama', 'dprd', 'dan', 'kepalaDaerah', 'memutuskan', 'menetapkan'] as const;

/** Roles of the penutup paragraphs (1.10), in print order. */
export const PENUTUP_ROLES = ['pengundangan', 'ditetapkan', 'diundangkan', 'lembaranDaerah', 'noreg'] as const;

/** A paragraph role. */
export type ParaRole = (typeof DIKTUM_ROLES)[number] | (typeof PENUTUP_ROLES)[number];
