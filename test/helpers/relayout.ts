/**
 * Layouts a real text may come in besides the one it was taken in (`pdftotext -layout`), for
 * tests that a layout changes nothing: lines re-wrapped narrower, indentation stripped, blank
 * lines dropped (as a PDF viewer copies text). The corpus header (`#` lines) is left as it is.
 */

/** Every line longer than `width` split at its last space before `width`, the rest indented as the line. */
export function rewrapped(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) {
      out.push(line);
      continue;
    }
    const indent = /^\s*/.exec(line)![0];
    let rest = line;
    while (rest.length > width) {
      const cut = rest.lastIndexOf(' ', width);
      if (cut <= indent.length + 5) break;
      out.push(rest.slice(0, cut).trimEnd());
      rest = indent + rest.slice(cut + 1).trimStart();
    }
    out.push(rest);
  }
  return out.join('\n');
}

/** Every line without its indentation. */
export function unindented(text: string): string {
  return text.split('\n').map((l) => (l.startsWith('#') ? l : l.trimStart())).join('\n');
}

/** The text without its blank lines. */
export function withoutBlankLines(text: string): string {
  return text.split('\n').filter((l) => l.trim() !== '').join('\n');
}

/**
 * Every `every`-th line of `minLength` characters or more torn a word a line, each word at the
 * line's indentation: what a converter gives that sets each word of a justified line apart.
 */
export function tornWordPerLine(text: string, every = 4, minLength = 50): string {
  let seen = 0;
  return text
    .split('\n')
    .map((line) => {
      const indent = /^\s*/.exec(line)![0];
      if (line.startsWith('#') || line.length - indent.length < minLength || ++seen % every !== 0) return line;
      return line.trim().split(/\s+/).map((w) => indent + w).join('\n');
    })
    .join('\n');
}

/**
 * Every list and ayat marker ("a.", "1.", "(2)") on a line of its own, its text on the next line
 * (after a blank line with `blank`), set further in than the marker where the text is indented.
 */
export function markersAlone(text: string, blank = false): string {
  return text.replace(/^([ \t]*)((?:[a-z]|\d{1,2})[.)]|\(\d{1,2}\))[ \t]+(?=\S)/gm, (_m, indent: string, marker: string) => `${indent}${marker}\n${blank ? '\n' : ''}${indent}${indent ? '    ' : ''}`);
}

/** Every Pasal heading run together with the line of text after it ("Pasal 3 (1) Setiap …"), as a text whose lines were joined gives it. */
export function headingsInline(text: string): string {
  return text.replace(/^([ \t]*)(Pasal \d+[A-Z]?)[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\S)/gm, '$1$2 ');
}

/**
 * Every ayat and list item run into the line before it where that line ends a clause (".", ";",
 * ":"), as a web page's text gives them ("wajib: a. …; b. …; dan c. …", "(1) … . (2) …"); a
 * text set a paragraph a line, up to its Lampiran.
 */
export function runIn(text: string): string {
  const out: string[] = [];
  let lampiran = false;
  for (const line of text.split('\n')) {
    if (/^\s*LAMPIRAN\b/.test(line)) lampiran = true;
    const prev = out[out.length - 1];
    if (!lampiran && prev !== undefined && !prev.startsWith('#') && /[.;:]$/.test(prev) && /^\s*(?:(?:[a-z]|\d{1,2})[.)]|\(\d{1,2}\))\s/.test(line)) out[out.length - 1] = `${prev} ${line.trim()}`;
    else out.push(line);
  }
  return out.join('\n');
}
