/** An error message for an API error code, shown inline. */
import { useErrorText } from '../hooks/use-error-text';

/** Shows the user's message for `error` (an error or a code); renders nothing when null. */
export function ErrorNotice({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const text = useErrorText();
  if (error === null || error === undefined) return null;
  return (
    <div className="notice notice-error" role="alert">
      <span>{text(error)}</span>
      {onDismiss && (
        <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label="×">
          ×
        </button>
      )}
    </div>
  );
}
