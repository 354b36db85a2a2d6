// The printable A4 poster for the reception desk: the accommodation's name, a large QR code of the
// check-in link, a short instruction in Dutch, English and German, and the link as text for those
// who type it. It is made here rather than in the web catalogs because it holds all three
// languages at once and is printed, not read in the app.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { printable } from '../../../platform/pdf/printable.ts';
import { checkInQrPng } from './qr-code.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const QR_SIZE = 380;
const INK = rgb(0.08, 0.08, 0.08);
const SUBTLE = rgb(0.3, 0.3, 0.3);

const HEADING = 'Inchecken  ·  Check in  ·  Einchecken';
const INSTRUCTIONS = [
  { language: 'Nederlands', text: 'Scan de QR-code met de camera van uw telefoon, vul uw gegevens in en meld u daarna bij de receptie.' },
  { language: 'English', text: "Scan the QR code with your phone's camera, fill in your details and then report at the reception." },
  {
    language: 'Deutsch',
    text: 'Scannen Sie den QR-Code mit der Kamera Ihres Telefons, geben Sie Ihre Daten ein und melden Sie sich danach an der Rezeption.',
  },
];
const OR_OPEN = 'Of open  ·  Or open  ·  Oder öffnen:';

/** Splits text into lines no wider than `width`; a word wider than a line is cut. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws centred lines downwards from `top`; returns the height used. */
function drawCentred(page: PDFPage, lines: string[], font: PDFFont, size: number, top: number, color = INK): number {
  const lineHeight = size * 1.3;
  lines.forEach((line, i) => {
    const x = (page.getWidth() - font.widthOfTextAtSize(line, size)) / 2;
    page.drawText(line, { x, y: top - size - i * lineHeight, size, font, color });
  });
  return lines.length * lineHeight;
}

/** The largest title size (32 down to 18 points) at which the name fits on at most two lines. */
function titleLines(name: string, font: PDFFont, width: number): { lines: string[]; size: number } {
  for (let size = 32; size > 18; size -= 2) {
    const lines = wrap(name, font, size, width);
    if (lines.length <= 2) return { lines, size };
  }
  return { lines: wrap(name, font, 18, width), size: 18 };
}

export async function checkInPoster(accommodationName: string, url: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage(A4);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const mono = await pdf.embedFont(StandardFonts.Courier);
  const width = page.getWidth() - 2 * MARGIN;
  const name = printable(accommodationName, bold);
  pdf.setTitle(`${name} – ${HEADING}`);
  pdf.setCreator('Nachtregister');

  let top = page.getHeight() - MARGIN;
  const title = titleLines(name, bold, width);
  top -= drawCentred(page, title.lines, bold, title.size, top) + 8;
  top -= drawCentred(page, [HEADING], regular, 18, top, SUBTLE) + 16;

  const qr = await pdf.embedPng(await checkInQrPng(url));
  page.drawImage(qr, { x: (page.getWidth() - QR_SIZE) / 2, y: top - QR_SIZE, width: QR_SIZE, height: QR_SIZE });
  top -= QR_SIZE + 20;

  for (const { language, text } of INSTRUCTIONS) {
    top -= drawCentred(page, [language], bold, 13, top);
    top -= drawCentred(page, wrap(printable(text, regular), regular, 13, width), regular, 13, top) + 10;
  }
  top -= drawCentred(page, [OR_OPEN], regular, 12, top, SUBTLE);
  drawCentred(page, wrap(printable(url, mono), mono, 12, width), mono, 12, top);
  return pdf.save();
}
