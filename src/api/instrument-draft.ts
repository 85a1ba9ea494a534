/**
 * An amending instrument imported as a project's draft with "apply to the base": the draft
 * becomes the base text with the instrument applied (the consolidated text), so the comparison,
 * the editor and the generated instrument all read the Perda as the instrument would leave it.
 * Every refusal comes before anything is stored, with the reason in Indonesian.
 */
import { amends, applyNewInstrument, isInstrument, type AppliedInstrument } from '../amend/index';
import { CoreError } from '../core-error';
import { parseDocJson } from '../model/validate';
import type { ProjectStore } from '../store/index';

/** The instrument `json` applied to the project's base text (CoreError when it cannot be). */
export function applyToBase(store: ProjectStore, json: unknown): AppliedInstrument {
  const base = store.getBase();
  if (!base.doc) throw new CoreError('NOT_FOUND', 'Naskah dasar belum ditetapkan; Perda perubahan hanya dapat diterapkan pada naskah dasarnya.');
  const baseDoc = parseDocJson(base.doc);
  const instrument = parseDocJson(json);
  if (!isInstrument(instrument)) throw new CoreError('INVALID_ARGS', 'Berkas ini bukan Perda perubahan: Pasal I-nya tidak memuat butir perubahan. Impor sebagai draf biasa.');
  if (!amends(instrument, baseDoc)) throw new CoreError('INVALID_ARGS', 'Judul Perda perubahan ini tidak menyebut naskah dasar proyek (nomor, tahun, atau judulnya) sebagai Perda yang diubahnya; perubahan tidak diterapkan.');
  const applied = applyNewInstrument(baseDoc, instrument);
  if (!applied || applied.applied === 0) throw new CoreError('INVALID_ARGS', 'Tidak satu pun butir Perda perubahan ini dapat diterapkan pada naskah dasar; draf tidak diubah.');
  return applied;
}
