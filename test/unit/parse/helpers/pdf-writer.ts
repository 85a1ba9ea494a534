/**
 * A minimal PDF writer for tests: text pages (Helvetica, one text line per entry, WinAnsi
 * bytes), an image-only page (a scan without a text layer), and an "encrypted" file (standard
 * security handler whose user password is not empty), so the PDF importer's error paths can be
 * exercised without external tools.
 */

/** Options of `writePdf`. */
export interface PdfSpec {
  /** Pages of text lines (each line drawn at its own baseline; leading spaces indent). */
  pages?: string[][];
  /** Draw one image per page instead of text. */
  imageOnly?: boolean;
  /** Add an /Encrypt dictionary that needs a password. */
  encrypted?: boolean;
}

const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[–—]/g, '-').replace(/[“”]/g, '"').replace(/[^\x20-\x7e\xa0-\xff]/g, '?');

/** Write a PDF file from the spec. */
export function writePdf(spec: PdfSpec): Uint8Array {
  const pages = spec.pages ?? [['']];
  const objs: string[] = [];
  const add = (body: string) => { objs.push(body); return objs.length; };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const image = add('');
  const kids: number[] = [];
  for (const lines of pages) {
    let stream: string;
    if (spec.imageOnly) stream = 'q 500 0 0 700 50 70 cm /Im1 Do Q';
    else {
      const parts = ['BT /F1 10 Tf'];
      let y = 800;
      for (const l of lines) {
        const indent = l.length - l.trimStart().length;
        parts.push(`1 0 0 1 ${40 + indent * 5} ${y} Tm (${esc(l.trimStart())}) Tj`);
        y -= 13;
      }
      parts.push('ET');
      stream = parts.join('\n');
    }
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objs[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objs[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  objs[image - 1] = '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream';
  let encrypt = 0;
  if (spec.encrypted) {
    const hex = (n: number) => Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, '0')).join('');
    encrypt = add(`<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -44 >>`);
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objs.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
