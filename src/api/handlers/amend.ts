/**
 * Handler of `amend.generate`: the amending instrument (Raperda tentang Perubahan) of the open
 * project, generated from its base and its draft (or a saved version) with the project's
 * settings. Also the shared helpers the export handler uses for the same documents (read from the
 * project file sharing their unchanged nodes, `storedDoc`).
 */
import type { Node } from 'prosemirror-model';
import { generateInstrument, instrumentToJson, type AmendSettings, type Instrument } from '../../amend/index';
import { CoreError } from '../../core-error';
import type { ProjectStore } from '../../store/index';
import { requireProject } from '../context';
import { storedBase, storedDraft, storedVersion } from '../stored-docs';
import type { AmendResult } from '../contract';
import type { Handlers } from '../handler';

/** The draft, or the version `versionId`, with its label. */
export function draftOrVersion(store: ProjectStore, versionId: number | undefined): { doc: Node; label: string | null } {
  if (versionId === undefined) return { doc: storedDraft(store), label: null };
  const v = storedVersion(store, versionId);
  return { doc: v.doc, label: v.version.label };
}

/** The base, or NOT_FOUND with a message naming what needs it. */
export function baseDoc(store: ProjectStore, what: string): Node {
  const doc = storedBase(store);
  if (!doc) throw new CoreError('NOT_FOUND', `Naskah dasar (Perda lama) belum ditetapkan; ${what} memerlukannya.`);
  return doc;
}

/** The instrument from the project's base to its draft (or version `versionId`). */
export function projectInstrument(store: ProjectStore, versionId: number | undefined): { instrument: Instrument; label: string | null } {
  const settings = store.getSettings();
  const draft = draftOrVersion(store, versionId);
  const amend: AmendSettings = { region: settings.region, baseCitation: settings.baseCitation, amendmentCount: settings.amendmentCount, title: settings.title };
  return { instrument: generateInstrument(baseDoc(store, 'Raperda tentang Perubahan'), draft.doc, { settings: amend }), label: draft.label };
}

/** `amend.generate`: the items (with the uids to jump to), the advice and the share of change. */
export const amendHandlers: Handlers<'amend.generate'> = {
  'amend.generate': (ctx, a): AmendResult => {
    const { instrument } = projectInstrument(requireProject(ctx), a.versionId);
    const json = instrumentToJson(instrument);
    return {
      ...json,
      items: json.items.map((it, i) => ({ ...it, targetUids: instrument.items[i]?.targetUids ?? [] })),
      text: instrument.text,
    };
  },
};
