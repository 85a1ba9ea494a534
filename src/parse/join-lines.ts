/**
 * Joining wrapped lines into running text: layout spaces collapse to one, and a word broken
 * with a hyphen at the line end is rejoined ("pelaksana-" + "an" -> "pelaksanaan") unless the
 * hyphen is a real one ("rencana-" + "rencana", "perundang-" + "undangan", "Undang-" + "Undang").
 */

/** True when the hyphen between `left` and `right` (the words around a line break) is a real one. */
export function isRealHyphen(left: string, right: string): boolean {
  const a = left.toLowerCase().replace(/[^a-z]/g, '');
  const b = right.toLowerCase().replace(/[^a-z]/g, '');
  if (!a || !b) return true;
  if (/^[A-Z]/.test(right)) return true;
  if (a === b || a.endsWith(b) || b.startsWith(a)) return true;
  if (b.length >= 3 && a.includes(b.slice(0, 3)) && a.length >= 3) return true;
  return false;
}

/** Append a line to running text. */
export function appendLine(text: string, line: string): string {
  if (!text) return line;
  if (!line) return text;
  const lastCh = text.charCodeAt(text.length - 1);
  if ((lastCh === 45 || lastCh === 0x2010) && /^[A-Za-z]/.test(line)) {
    let k = text.length - 1;
    while (k > 0 && /[A-Za-z]/.test(text[k - 1]!)) k--;
    const left = text.slice(k, text.length - 1);
    if (left) {
      const right = /^[A-Za-z]+/.exec(line)![0];
      if (isRealHyphen(left, right)) return text + line;
      return text.slice(0, -1) + line;
    }
  }
  return `${text} ${line}`;
}

/** Join lines into one running text. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const l of lines) out = appendLine(out, l);
  return out;
}
