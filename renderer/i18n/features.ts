/**
 * Feature strings: each feature adds `renderer/i18n/features/<feature>.ts` exporting
 * `strings = { namespace, id: {...}, en: {...} }`; they are merged under their namespace key
 * (e.g. t('compare.title')), so features never edit the shared language files.
 */
type Strings = Record<string, unknown>;

/** One feature's strings in both languages. */
export interface FeatureStrings {
  namespace: string;
  id: Strings;
  en: Strings;
}

const modules = import.meta.glob<{ strings?: FeatureStrings }>('./features/*.ts', { eager: true });

/** Merge the feature strings into the base resources of one language. */
export function withFeatures(base: Strings, lang: 'id' | 'en'): Strings {
  const out: Strings = { ...base };
  for (const m of Object.values(modules)) {
    if (m.strings) out[m.strings.namespace] = m.strings[lang];
  }
  return out;
}
