/** The Indonesian (or English) message for an API error code, from the i18n resources. */
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../api/client';

/** Returns a function mapping an error (or code) to the user's message. */
export function useErrorText(): (e: unknown) => string {
  const { t, i18n } = useTranslation();
  return (e) => {
    const code = typeof e === 'string' ? e : errorCodeOf(e);
    const key = `errors.${code}`;
    return i18n.exists(key) ? t(key) : t('errors.unknown', { code });
  };
}
