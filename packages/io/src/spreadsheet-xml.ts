// Internal to io: the XML parts of an .xlsx (SpreadsheetML, ECMA-376) for the sheets writeWorkbook writes.
// Written directly as text: the workbook writer needs a fixed set of features (bold frozen header, autofilter,
// column widths and number formats, dropdowns, header prompts, row fills) and writes the national dataset in
// a fraction of the time a general spreadsheet library takes (bench/io-read.ts).
import type { ZipEntry } from './write-zip.ts';

/** A cell as it goes into the sheet: text, a finite number, a boolean, a date or empty. */
export type SheetCell = string | number | boolean | Date | null;

/** One sheet, ready to serialise. */
export interface SheetPart {
  name: string;
  /** Header texts (row 1). */
  header: readonly string[];
  rows: readonly (readonly SheetCell[])[];
  /** Per column: Excel number format code ('General' or undefined for none) and width in characters. */
  formats: readonly (string | undefined)[];
  widths: readonly number[];
  /** List dropdowns: column index, the rows they cover (last row), and the formula (`"a,b"` or a range). */
  validations: readonly { column: number; lastRow: number; formula: string; title: string; error: string }[];
  /** Input messages shown when a header cell is selected (Excel's "input message" of data validation). */
  prompts: readonly { column: number; title: string; text: string }[];
  /** Fill each data row by the value in column `column` (RGB hex colours). */
  rowFills?: { column: number; fills: readonly (readonly [string, string])[] };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
// Excel's built-in number formats used here (ECMA-376 Part 1, 18.8.30); others get ids from 164.
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';
// Serial day of 1970-01-01 in Excel's 1900 date system.
const EXCEL_EPOCH_DAYS = 25569;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

/**
 * XML text or attribute value with &, <, > and quotes escaped, and CR, LF and tab as character references
 * (an XML parser turns a literal CR into LF, and line breaks in attributes into spaces). Text passed here
 * holds no XML-illegal characters.
 */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"\r\n\t]/g, (c) => ESCAPES[c]!);
}

/** Column letters of a 0-based column index (0 -> A, 26 -> AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The zip entries of a workbook with these sheets: content types, relationships, workbook, styles, shared
 * strings, one XML part per sheet and the document properties (creator canbang, fixed 1980-01-01 times).
 */
export function spreadsheetParts(sheets: readonly SheetPart[]): ZipEntry[] {
  const strings = new Map<string, number>();
  const stringIndex = (text: string) => {
    let i = strings.get(text);
    if (i === undefined) strings.set(text, (i = strings.size));
    return i;
  };
  const styles = new StyleTable();
  const sheetXml = sheets.map((sheet) => worksheetXml(sheet, stringIndex, styles));
  const encoder = new TextEncoder();
  const entry = (name: string, xml: string): ZipEntry => ({ name, data: encoder.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`) });
  const sheetEntries = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return [
    entry(
      '[Content_Types].xml',
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetEntries}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    ),
    entry(
      '_rels/.rels',
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ),
    entry(
      'docProps/core.xml',
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>canbang</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`,
    ),
    entry(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheets
        .map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets><definedNames>${sheets
        .map((s, i) => (s.rows.length > 0 ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xmlEscape(s.name.replace(/'/g, "''"))}'!$A$1:$${columnLetter(s.header.length - 1)}$${s.rows.length + 1}</definedName>` : ''))
        .join('')}</definedNames></workbook>`.replace('<definedNames></definedNames>', ''),
    ),
    entry(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${PKG_REL}">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    ...sheetXml.map((xml, i) => entry(`xl/worksheets/sheet${i + 1}.xml`, xml)),
    entry('xl/styles.xml', styles.xml()),
    entry(
      'xl/sharedStrings.xml',
      `<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">${[...strings.keys()].map((t) => `<si><t xml:space="preserve">${xmlEscape(t)}</t></si>`).join('')}</sst>`,
    ),
  ];
}

// Cell formats (number format x bold) and the fills of conditional formatting, numbered as Excel wants.
class StyleTable {
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>([['0,0', 0]]);
  private readonly dxfs: string[] = [];

  /** The cellXfs index of a number format (code or undefined) in a bold or normal font. */
  cell(format: string | undefined, bold: boolean): number {
    const key = `${this.formatId(format)},${bold ? 1 : 0}`;
    let i = this.xfs.get(key);
    if (i === undefined) this.xfs.set(key, (i = this.xfs.size));
    return i;
  }

  /** The dxf index of a solid background fill. */
  fill(rgb: string): number {
    this.dxfs.push(`<dxf><fill><patternFill patternType="solid"><bgColor rgb="FF${rgb}"/></patternFill></fill></dxf>`);
    return this.dxfs.length - 1;
  }

  xml(): string {
    const custom = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`).join('');
    const xfs = [...this.xfs.keys()]
      .map((key) => {
        const [numFmt, font] = key.split(',');
        return `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${numFmt !== '0' ? ' applyNumberFormat="1"' : ''}${font !== '0' ? ' applyFont="1"' : ''}/>`;
      })
      .join('');
    return (
      `<styleSheet xmlns="${MAIN}">${custom ? `<numFmts count="${this.formats.size}">${custom}</numFmts>` : ''}` +
      `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${this.xfs.size}">${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="${this.dxfs.length}">${this.dxfs.join('')}</dxfs></styleSheet>`
    );
  }

  private formatId(format: string | undefined): number {
    if (format === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[format];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(format);
    if (id === undefined) this.formats.set(format, (id = 164 + this.formats.size));
    return id;
  }
}

function worksheetXml(sheet: SheetPart, stringIndex: (text: string) => number, styles: StyleTable): string {
  const width = sheet.header.length;
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  const headerStyle = styles.cell(undefined, true);
  const columnStyle = sheet.formats.map((f) => (f === undefined || f === 'General' ? 0 : styles.cell(f, false)));
  const dateStyle = styles.cell(DATE_FORMAT, false);
  const parts: string[] = [];
  parts.push(
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${letters[Math.max(0, width - 1)] ?? 'A'}${sheet.rows.length + 1}"/>`,
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`,
    `<sheetFormatPr defaultRowHeight="15"/>`,
  );
  if (width > 0) {
    parts.push(`<cols>${sheet.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}"${columnStyle[c] ? ` style="${columnStyle[c]}"` : ''} customWidth="1"/>`).join('')}</cols>`);
  }
  parts.push('<sheetData>');
  parts.push(`<row r="1" s="${headerStyle}" customFormat="1">${sheet.header.map((h, c) => `<c r="${letters[c]}1" s="${headerStyle}" t="s"><v>${stringIndex(h)}</v></c>`).join('')}</row>`);
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    const n = r + 2;
    let xml = `<row r="${n}">`;
    for (let c = 0; c < width; c++) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      const s = columnStyle[c] ? ` s="${columnStyle[c]}"` : '';
      if (typeof v === 'number') xml += `<c r="${letters[c]}${n}"${s}><v>${v}</v></c>`;
      else if (typeof v === 'string') xml += `<c r="${letters[c]}${n}"${s} t="s"><v>${stringIndex(v)}</v></c>`;
      else if (typeof v === 'boolean') xml += `<c r="${letters[c]}${n}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
      else xml += `<c r="${letters[c]}${n}" s="${dateStyle}"><v>${v.getTime() / 86_400_000 + EXCEL_EPOCH_DAYS}</v></c>`;
    }
    parts.push(xml + '</row>');
  }
  parts.push('</sheetData>');
  if (sheet.rows.length > 0 && width > 0) parts.push(`<autoFilter ref="A1:${letters[width - 1]}${sheet.rows.length + 1}"/>`);
  if (sheet.rowFills && sheet.rows.length > 0) {
    const key = `$${letters[sheet.rowFills.column]}2`;
    const rules = sheet.rowFills.fills
      .map(([value, rgb], k) => `<cfRule type="expression" dxfId="${styles.fill(rgb)}" priority="${k + 1}"><formula>${xmlEscape(`${key}="${value.replace(/"/g, '""')}"`)}</formula></cfRule>`)
      .join('');
    parts.push(`<conditionalFormatting sqref="A2:${letters[width - 1]}${sheet.rows.length + 1}">${rules}</conditionalFormatting>`);
  }
  const validations = [
    ...sheet.validations.map(
      (v) =>
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="${xmlEscape(v.title)}" error="${xmlEscape(v.error)}" sqref="${letters[v.column]}2:${letters[v.column]}${v.lastRow}"><formula1>${xmlEscape(v.formula)}</formula1></dataValidation>`,
    ),
    ...sheet.prompts.map((p) => `<dataValidation allowBlank="1" showInputMessage="1" promptTitle="${xmlEscape(p.title)}" prompt="${xmlEscape(p.text)}" sqref="${letters[p.column]}1"/>`),
  ];
  if (validations.length > 0) parts.push(`<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`);
  parts.push('</worksheet>');
  return parts.join('');
}
