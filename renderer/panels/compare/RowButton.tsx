/**
 * A small button inside a comparison row ("Komentari", "lihat"): pressing it does what it says
 * and does not also open the row's unit in the editor, as a click on the row would.
 */

/** One such button: `shown` is its text, `name` its accessible name, `title` its tooltip. */
export function RowButton({ className, shown, name, title, onPress }: { className: string; shown: string; name: string; title: string; onPress(): void }) {
  return (
    <button
      type="button"
      className={className}
      title={title}
      aria-label={name}
      onClick={(e) => {
        e.stopPropagation();
        onPress();
      }}
    >
      {shown}
    </button>
  );
}
