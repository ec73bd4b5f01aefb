import { cjkFonts } from './cjk-font';
import { DocumentSection, DocumentSpec } from './document-spec';
import { qrPng } from './qr-code';

const MARGIN = 56;
const LABEL_WIDTH = 130;
const CELL_PAD = 5;
const BODY_SIZE = 10.5;
const LINE_GAP = 3;
const BORDER = '#9aa4b2';
const SHADE = '#eef1f5';
const QR_SIZE = 92;

type Doc = PDFKit.PDFDocument;

/**
 * Draws a document as an A4 PDF in Chinese: the CJK font is embedded (only the glyphs used),
 * the text stays text (searchable, extractable), and a verification block with a QR code ends it.
 * The same spec always gives the same bytes.
 */
export async function renderPdf(spec: DocumentSpec): Promise<Buffer> {
  // Loaded on first use: pdfkit and its font engine weigh on the start of every process otherwise.
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = cjkFonts();
  const qr = spec.verification ? await qrPng(spec.verification.url, 360) : null;
  const issuedAt = new Date(spec.issuedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: spec.title, Author: spec.issuer ?? '', Creator: '集聚区创作者服务台', Producer: '集聚区创作者服务台', CreationDate: issuedAt, ModDate: issuedAt },
    lang: 'zh-CN',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);

  header(doc, spec);
  for (const section of spec.sections) drawSection(doc, section);
  if (spec.closing?.length) closing(doc, spec.closing);
  if (spec.verification && qr) verificationBlock(doc, spec.verification, qr);
  footers(doc, spec.footer);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when `height` does not fit below the cursor. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function header(doc: Doc, spec: DocumentSpec): void {
  const width = contentWidth(doc);
  if (spec.issuer) doc.font('regular').fontSize(11).fillColor('#444').text(spec.issuer, MARGIN, doc.y, { width, align: 'center' });
  doc.moveDown(0.4);
  doc.font('bold').fontSize(20).fillColor('#000').text(spec.title, MARGIN, doc.y, { width, align: 'center', characterSpacing: 2 });
  if (spec.subtitle) doc.moveDown(0.3).font('regular').fontSize(10).fillColor('#444').text(spec.subtitle, MARGIN, doc.y, { width, align: 'center' });
  doc.moveDown(0.6);
  doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).lineWidth(1.2).strokeColor('#b00000').stroke();
  doc.moveDown(0.8).fillColor('#000');
}

function drawSection(doc: Doc, section: DocumentSection): void {
  const width = contentWidth(doc);
  if (section.heading) {
    ensureRoom(doc, 40);
    doc.font('bold').fontSize(12).text(section.heading, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
  }
  doc.font('regular').fontSize(BODY_SIZE);
  for (const paragraph of section.paragraphs ?? []) {
    ensureRoom(doc, doc.heightOfString(paragraph, { width, lineGap: LINE_GAP }));
    doc.text(paragraph, MARGIN, doc.y, { width, lineGap: LINE_GAP, indent: BODY_SIZE * 2, align: 'justify' });
    doc.moveDown(0.4);
  }
  if (section.rows?.length) keyValueRows(doc, section.rows);
  (section.list ?? []).forEach((item, i) => {
    const text = `${i + 1}. ${item}`;
    ensureRoom(doc, doc.heightOfString(text, { width: width - 14, lineGap: LINE_GAP }));
    doc.font('regular').fontSize(BODY_SIZE).text(text, MARGIN + 14, doc.y, { width: width - 14, lineGap: LINE_GAP });
    doc.moveDown(0.2);
  });
  if (section.table) table(doc, section.table.columns, section.table.rows);
  doc.moveDown(0.6);
}

function keyValueRows(doc: Doc, rows: [string, string][]): void {
  const width = contentWidth(doc);
  const valueWidth = width - LABEL_WIDTH;
  for (const [label, value] of rows) {
    doc.font('regular').fontSize(BODY_SIZE);
    const height = Math.max(
      doc.heightOfString(label, { width: LABEL_WIDTH - 2 * CELL_PAD }),
      doc.heightOfString(value || '—', { width: valueWidth - 2 * CELL_PAD, lineGap: 1 }),
    ) + 2 * CELL_PAD;
    ensureRoom(doc, height);
    const y = doc.y;
    doc.rect(MARGIN, y, LABEL_WIDTH, height).fillAndStroke(SHADE, BORDER);
    doc.rect(MARGIN + LABEL_WIDTH, y, valueWidth, height).lineWidth(0.6).stroke(BORDER);
    doc.fillColor('#333').font('bold').text(label, MARGIN + CELL_PAD, y + CELL_PAD, { width: LABEL_WIDTH - 2 * CELL_PAD });
    doc.fillColor('#000').font('regular').text(value || '—', MARGIN + LABEL_WIDTH + CELL_PAD, y + CELL_PAD, { width: valueWidth - 2 * CELL_PAD, lineGap: 1 });
    doc.x = MARGIN;
    doc.y = y + height;
  }
}

function table(doc: Doc, columns: string[], rows: string[][]): void {
  const width = contentWidth(doc);
  const colWidth = width / Math.max(1, columns.length);
  const drawRow = (cells: string[], head: boolean) => {
    doc.font(head ? 'bold' : 'regular').fontSize(BODY_SIZE - 0.5);
    const height = Math.max(...cells.map((c) => doc.heightOfString(c || '—', { width: colWidth - 2 * CELL_PAD }))) + 2 * CELL_PAD;
    ensureRoom(doc, height);
    const y = doc.y;
    cells.forEach((cell, i) => {
      const x = MARGIN + i * colWidth;
      if (head) doc.rect(x, y, colWidth, height).fillAndStroke(SHADE, BORDER);
      else doc.rect(x, y, colWidth, height).lineWidth(0.6).stroke(BORDER);
      doc.fillColor('#000').text(cell || '—', x + CELL_PAD, y + CELL_PAD, { width: colWidth - 2 * CELL_PAD });
    });
    doc.x = MARGIN;
    doc.y = y + height;
  };
  drawRow(columns, true);
  for (const row of rows) drawRow(columns.map((_, i) => row[i] ?? ''), false);
}

function closing(doc: Doc, lines: string[]): void {
  const width = contentWidth(doc);
  ensureRoom(doc, lines.length * 18 + 10);
  doc.moveDown(0.5).font('regular').fontSize(BODY_SIZE + 0.5);
  for (const line of lines) doc.text(line, MARGIN, doc.y, { width, align: 'right' });
  doc.moveDown(0.8);
}

function verificationBlock(doc: Doc, verification: NonNullable<DocumentSpec['verification']>, qr: Buffer): void {
  const width = contentWidth(doc);
  const height = QR_SIZE + 2 * CELL_PAD;
  ensureRoom(doc, height + 10);
  const y = doc.y + 4;
  doc.rect(MARGIN, y, width, height).lineWidth(0.6).dash(3, { space: 2 }).stroke(BORDER).undash();
  doc.image(qr, MARGIN + CELL_PAD, y + CELL_PAD, { width: QR_SIZE, height: QR_SIZE });
  const x = MARGIN + QR_SIZE + 3 * CELL_PAD;
  const textWidth = width - QR_SIZE - 4 * CELL_PAD;
  doc.font('bold').fontSize(11).fillColor('#000').text('真伪核验', x, y + CELL_PAD + 4, { width: textWidth });
  doc.font('regular').fontSize(BODY_SIZE).text(`核验码：${verification.code}`, x, doc.y + 4, { width: textWidth });
  doc.fontSize(9).fillColor('#444').text(verification.note ?? `扫描二维码或访问 ${verification.url} 核验本文书真伪。`, x, doc.y + 4, { width: textWidth });
  doc.fillColor('#000');
  doc.x = MARGIN;
  doc.y = y + height + 6;
}

function footers(doc: Doc, footer: string | undefined): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const text = `${footer ? `${footer}　` : ''}第 ${i + 1} 页，共 ${range.count} 页`;
    // Writing inside the bottom margin must not trigger a page break.
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8.5).fillColor('#666').text(text, MARGIN, doc.page.height - MARGIN, { width: contentWidth(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = savedBottom;
  }
  doc.fillColor('#000');
}
