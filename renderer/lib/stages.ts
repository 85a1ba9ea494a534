/**
 * The stages offered when saving a version (drafting-rules.md 5.1). Same list as
 * `VERSION_STAGES` in src/api/contract.ts, which the renderer cannot import as a value (it would
 * bundle zod). Free text is also allowed.
 */
import type { TFunction } from 'i18next';

/** The standard stages, in process order. */
export const STAGES = [
  'Naskah awal',
  'Hasil harmonisasi',
  'Pembahasan Pansus',
  'Hasil fasilitasi',
  'Persetujuan bersama',
] as const;

/** The stage as shown in the UI language (free text is shown as typed). */
export function stageText(t: TFunction, stage: string): string {
  return (STAGES as readonly string[]).includes(stage) ? t(`stages.${stage}`) : stage;
}
