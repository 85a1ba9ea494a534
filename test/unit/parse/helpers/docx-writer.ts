/**
 * Writes a DOCX (with the `docx` package) from a Perda document, the way a drafter's Word file
 * looks: one paragraph per heading, ayat and item. With `realNumbering` the ayat, Menimbang,
 * Mengingat and list items use Word automatic numbering (so their labels are NOT in the text and
 * the importer must rebuild them); otherwise the labels are typed into the text.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import type { Node } from 'prosemirror-model';
import { inlineText } from '../../../../src/parse/outline';

const t = (n: Node | null | undefined) => (n ? (n.isTextblock ? inlineText(n) : n.textBetween(0, n.content.size, ' ', (l) => (l.type.name === 'ref' ? String(l.attrs.text) : ' '))) : '');

type Style = 'ayat' | 'huruf' | 'angka' | 'hurufKurung' | 'angkaKurung';
const DEPTH: Style[] = ['huruf', 'angka', 'hurufKurung', 'angkaKurung'];
const FORMATS: Record<Style, { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (n: number) => string }> = {
  ayat: { format: LevelFormat.DECIMAL, text: (n) => `(%${n})` },
  huruf: { format: LevelFormat.LOWER_LETTER, text: (n) => `%${n}.` },
  angka: { format: LevelFormat.DECIMAL, text: (n) => `%${n}.` },
  hurufKurung: { format: LevelFormat.LOWER_LETTER, text: (n) => `%${n})` },
  angkaKurung: { format: LevelFormat.DECIMAL, text: (n) => `%${n})` },
};

const levels = (styles: Style[]) => styles.map((s, i) => ({ level: i, format: FORMATS[s].format, text: FORMATS[s].text(i + 1), alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720 * (i + 1), hanging: 360 } } } }));

function label(style: Style, n: string): string {
  return style === 'ayat' ? `(${n})` : style === 'hurufKurung' || style === 'angkaKurung' ? `${n})` : `${n}.`;
}

/** Write the DOCX bytes of a document. */
export async function writeDocx(doc: Node, opts: { realNumbering: boolean }): Promise<Uint8Array> {
  const out: Paragraph[] = [];
  let instance = 0;
  const plain = (text: string) => out.push(new Paragraph({ text }));
  const numbered = (text: string, reference: string, level: number, lbl: string) =>
    out.push(opts.realNumbering ? new Paragraph({ text, numbering: { reference, level, instance } }) : new Paragraph({ text: `${lbl} ${text}` }));
  const lines = (n: Node) => n.textBetween(0, n.content.size, '\n', (l) => (l.type.name === 'ref' ? String(l.attrs.text) : '\n')).split('\n');

  const body = (n: Node, reference: string, depth: number, styles: Style[]) => {
    n.forEach((c) => {
      if (c.type.name === 'para') plain(t(c));
      else if (c.type.name === 'changeItem') {
        plain(`${String(c.attrs.baseNum)}. ${t(c.firstChild)}`);
        c.forEach((r, _o, i) => {
          if (i === 0) return;
          if (r.type.name === 'ayat') {
            plain(`(${String(r.attrs.baseNum)}) ${t(r.firstChild)}`);
            body(r.copy(r.content.cut(r.firstChild?.nodeSize ?? 0)), reference, 0, styles);
          } else if (r.type.name === 'para' || r.type.name === 'list') body(c.copy(c.content.cut(_o, _o + r.nodeSize)), reference, depth, styles);
          else unit(r);
        });
      } else if (c.type.name === 'list') {
        const style = (c.attrs.style as Style | null) ?? DEPTH[Math.min(depth, 3)]!;
        c.forEach((item) => {
          const num = String(item.attrs.baseNum ?? '');
          numbered(t(item.firstChild), reference, Math.max(0, styles.indexOf(style) >= 0 ? styles.indexOf(style) : depth), label(style, num));
          const rest = item.copy(item.content.cut(item.firstChild?.nodeSize ?? 0));
          body(rest, reference, depth + 1, styles);
        });
      }
    });
  };
  const unit = (n: Node) => {
    const num = String(n.attrs.baseNum ?? '');
    switch (n.type.name) {
      case 'bab': plain(`BAB ${num}`); plain(t(n.firstChild)); n.forEach((c, _o, i) => { if (i > 0) unit(c); }); return;
      case 'bagian': plain(`Bagian ${num}`); plain(t(n.firstChild)); n.forEach((c, _o, i) => { if (i > 0) unit(c); }); return;
      case 'paragraf': plain(`Paragraf ${num}`); plain(t(n.firstChild)); n.forEach((c, _o, i) => { if (i > 0) unit(c); }); return;
      case 'pasal': {
        plain(`Pasal ${num}`);
        instance++;
        if (n.firstChild?.type.name === 'ayat') {
          n.forEach((a) => {
            numbered(t(a.firstChild), 'ayat', 0, `(${String(a.attrs.baseNum)})`);
            body(a.copy(a.content.cut(a.firstChild?.nodeSize ?? 0)), 'ayat', 0, ['ayat', 'huruf', 'angka', 'hurufKurung', 'angkaKurung']);
          });
        } else {
          const defs = /dimaksud\s+dengan\s*:?\s*$/i.test(t(n.firstChild));
          body(n, defs ? 'definisi' : 'list', 0, defs ? ['angka', 'huruf', 'hurufKurung', 'angkaKurung'] : ['huruf', 'angka', 'hurufKurung', 'angkaKurung']);
        }
        return;
      }
      default: return;
    }
  };

  doc.forEach((part) => {
    switch (part.type.name) {
      case 'judul':
        plain(String(part.attrs.prefix));
        plain(`NOMOR ${String(part.attrs.nomor)} TAHUN ${String(part.attrs.tahun)}`);
        plain('TENTANG');
        plain(t(part));
        break;
      case 'pembukaan':
        part.forEach((c) => {
          if (c.type.name === 'frasa' || c.type.name === 'jabatan') plain(t(c));
          else if (c.type.name === 'konsiderans' || c.type.name === 'dasarHukum') {
            const menimbang = c.type.name === 'konsiderans';
            plain(menimbang ? 'Menimbang :' : 'Mengingat :');
            instance++;
            c.forEach((item) => numbered(t(item), menimbang ? 'list' : 'definisi', 0, `${String(item.attrs.baseNum ?? '')}.`));
          } else c.forEach((p) => lines(p).forEach(plain));
        });
        break;
      case 'batangTubuh':
        part.forEach(unit);
        break;
      case 'penutup':
        part.forEach((p) => lines(p).forEach(plain));
        break;
      case 'penjelasan':
        plain('PENJELASAN');
        plain('ATAS');
        plain('I. UMUM');
        part.firstChild?.forEach((p) => plain(t(p)));
        plain('II. PASAL DEMI PASAL');
        part.lastChild?.forEach((e) => { plain(String(e.attrs.label)); e.forEach((p) => plain(t(p))); });
        break;
      case 'lampiran':
        plain(String(part.attrs.title));
        part.forEach((p) => plain(t(p).trim()));
        break;
      default:
        break;
    }
  });
  const document = new Document({
    numbering: {
      config: [
        { reference: 'ayat', levels: levels(['ayat', 'huruf', 'angka', 'hurufKurung', 'angkaKurung']) },
        { reference: 'list', levels: levels(['huruf', 'angka', 'hurufKurung', 'angkaKurung']) },
        { reference: 'definisi', levels: levels(['angka', 'huruf', 'hurufKurung', 'angkaKurung']) },
      ],
    },
    sections: [{ children: out }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
