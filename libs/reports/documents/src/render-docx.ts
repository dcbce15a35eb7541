// An OfficialDocument as a DOCX in the PARTY or STATE format (docx). Page numbers are centred in the header
// from page 2 (the first page has its own, empty header). Every text is normalised to NFC first, so the
// diacritics are the precomposed ones Vietnamese fonts and readers expect.
import { type DocumentBlock, type FormatRules, type OfficialDocument, FORMAT_RULES, numberLine, placeAndDate, recipientLine, signatureLines } from '@qcdc/reports/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { PAGE } from './formats';

const nfc = (text: string): string => text.normalize('NFC');
/** Millimetres to twips (1/1440 in), rounded: A4 is 11906 × 16838. */
const convertMillimetersToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
const halfPoints = (pt: number): number => pt * 2;
const TWIPS_PER_PT = 20;
const TWIPS_PER_CM = 567;
const textWidthMm = PAGE.widthMm - PAGE.marginMm.left - PAGE.marginMm.right;

interface RunStyle {
  pt?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

const run = (text: string, style: RunStyle = {}): TextRun =>
  new TextRun({
    text: nfc(text),
    font: PAGE.font,
    size: halfPoints(style.pt ?? PAGE.bodyPt),
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
  });

const centred = (text: string, style: RunStyle = {}, spaceAfterPt = 0): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spaceAfterPt * TWIPS_PER_PT }, children: [run(text, style)] });

/** An empty centred paragraph whose bottom border is a short rule `lengthMm` wide in a column `columnMm` wide. */
const rule = (columnMm: number, lengthMm: number): Paragraph => {
  const side = convertMillimetersToTwip(Math.max(0, (columnMm - lengthMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after: 0, line: 120, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
};

const cell = (children: Paragraph[], widthMm: number): TableCell =>
  new TableCell({ children, width: { size: convertMillimetersToTwip(widthMm), type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP });

/** A borderless table of two columns (the header, the recipients and signature). */
const twoColumns = (left: Paragraph[], right: Paragraph[], leftMm: number): Table =>
  new Table({
    borders: TableBorders.NONE,
    layout: TableLayoutType.FIXED,
    width: { size: convertMillimetersToTwip(textWidthMm), type: WidthType.DXA },
    columnWidths: [convertMillimetersToTwip(leftMm), convertMillimetersToTwip(textWidthMm - leftMm)],
    rows: [new TableRow({ children: [cell(left, leftMm), cell(right, textWidthMm - leftMm)] })],
  });

const HEADER_LEFT_MM = 64;

function headerTable(doc: OfficialDocument, rules: FormatRules): Table {
  const pt = PAGE.headerPt;
  const small = PAGE.headerSmallPt;
  const left: Paragraph[] = [];
  if (doc.issuerParent) left.push(centred(doc.issuerParent.toLocaleUpperCase('vi'), { pt: small }));
  left.push(centred(doc.issuer.toLocaleUpperCase('vi'), { pt, bold: true }));
  left.push(rules.issuerMark === 'RULE' ? rule(HEADER_LEFT_MM, 25) : centred('*', { pt }));
  left.push(centred(numberLine(doc.format, doc.number), { pt }, 0));

  const rightMm = textWidthMm - HEADER_LEFT_MM;
  const right: Paragraph[] = [centred(rules.headerRight, { pt: rules.underlineHeaderRight ? pt : small, bold: true, underline: rules.underlineHeaderRight })];
  if (rules.motto) {
    right.push(centred(rules.motto, { pt: 14, bold: true }));
    right.push(rule(rightMm, 60));
  } else {
    right.push(centred('', { pt }));
  }
  right.push(centred(placeAndDate(doc.place, doc.issuedOn), { pt: 14, italics: true }, 0));
  return twoColumns(left, right, HEADER_LEFT_MM);
}

const bodyParagraph = (children: TextRun[]): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: Math.round(PAGE.firstLineIndentCm * TWIPS_PER_CM) },
    spacing: { after: PAGE.spaceAfterPt * TWIPS_PER_PT, line: Math.round(PAGE.lineSpacing * 240), lineRule: LineRuleType.AUTO },
    children,
  });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function bodyTable(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const line = (cells: readonly string[], bold: boolean): TableRow =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text) =>
          new TableCell({
            children: [new Paragraph({ alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { pt: PAGE.tablePt, bold })] })],
          }),
      ),
    });
  return new Table({
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [line(header, true), ...rows.map((r) => line(r, false))],
  });
}

function block(b: DocumentBlock): Paragraph | Table {
  switch (b.kind) {
    case 'heading':
      return bodyParagraph([run(b.level === 1 ? b.text.toLocaleUpperCase('vi') : b.text, { bold: true })]);
    case 'paragraph':
      return bodyParagraph([run(b.text)]);
    case 'bullet':
      return bodyParagraph([run(`- ${b.text}`)]);
    case 'table':
      return bodyTable(b.header, b.rows);
  }
}

const RECIPIENTS_LEFT_MM = 75;

function closingTable(doc: OfficialDocument): Table {
  const left: Paragraph[] = [
    new Paragraph({ children: [run('Nơi nhận:', { pt: PAGE.recipientsHeadingPt, bold: true, italics: true })] }),
    ...doc.recipients.map((r) => new Paragraph({ children: [run(recipientLine(r), { pt: PAGE.recipientsPt })] })),
  ];
  const { above, name } = signatureLines(doc);
  const right: Paragraph[] = [
    ...above.map((line) => centred(nfc(line), { bold: true })),
    ...Array.from({ length: 4 }, () => centred('')),
    centred(nfc(name), { bold: true }),
  ];
  return twoColumns(left, right, RECIPIENTS_LEFT_MM);
}

/** Renders `doc` to the bytes of a .docx file. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const rules = FORMAT_RULES[doc.format];
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: PAGE.font, size: halfPoints(PAGE.headerPt) })],
  });
  const document = new Document({
    creator: nfc(doc.issuer),
    title: nfc(`${doc.documentKind} ${doc.subject}`),
    styles: { default: { document: { run: { font: PAGE.font, size: halfPoints(PAGE.bodyPt) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: convertMillimetersToTwip(PAGE.widthMm), height: convertMillimetersToTwip(PAGE.heightMm) },
            margin: {
              top: convertMillimetersToTwip(PAGE.marginMm.top),
              bottom: convertMillimetersToTwip(PAGE.marginMm.bottom),
              left: convertMillimetersToTwip(PAGE.marginMm.left),
              right: convertMillimetersToTwip(PAGE.marginMm.right),
            },
          },
        },
        headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [
          headerTable(doc, rules),
          centred('', {}, 0),
          centred(doc.documentKind.toLocaleUpperCase('vi'), { bold: true }),
          centred(doc.subject, { bold: true }, 12),
          ...doc.body.map(block),
          centred('', {}, 0),
          closingTable(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
