/**
 * A tiny XML string builder for the AKN export: escaping and elements with attributes (attributes
 * whose value is undefined/null/empty are left out).
 */

/** Escape text for XML content and attribute values. */
export function escXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** Attributes of an element. */
export type Attrs = Record<string, string | number | null | undefined>;

/** `<name attrs>children</name>` (self-closing when there are no children). */
export function el(name: string, attrs: Attrs, ...children: string[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => ` ${k}="${escXml(String(v))}"`)
    .join('');
  const body = children.join('');
  return body ? `<${name}${a}>${body}</${name}>` : `<${name}${a}/>`;
}
