import { create as dispositionHeader } from 'content-disposition';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { SHANGHAI_UTC_OFFSET_MS } from '@app/calendar';
import { formatShanghai } from './day-range';

/** How a column is written: numbers stay numbers in XLSX; instants are shown in Shanghai time. */
export type CellKind = 'text' | 'int' | 'percent' | 'hours' | 'date' | 'datetime';
export type Cell = string | number | Date | null;

export interface ExportColumn {
  header: string;
  kind: CellKind;
  width?: number;
}

export interface ExportTable {
  /** Sheet name and the Chinese part of the file name. */
  title: string;
  /** ASCII part of the file name. */
  slug: string;
  columns: ExportColumn[];
  rows: Cell[][];
}

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
  asciiFileName: string;
}

const MS_PER_HOUR = 3_600_000;

/** Working hours with one decimal, from ms. */
export const hours = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / MS_PER_HOUR * 10) / 10);

/**
 * A spreadsheet opening the file must not run what a creator typed: text that Excel would read
 * as a formula gets a leading apostrophe (OWASP "CSV injection").
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvText(value: Cell, kind: CellKind): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'percent':
      return typeof value === 'number' ? `${Math.round(value * 1000) / 10}%` : '';
    case 'date':
      return value instanceof Date ? formatShanghai(value, false) : String(value);
    case 'datetime':
      return value instanceof Date ? formatShanghai(value) : String(value);
    case 'text':
      return neutralise(String(value));
    default:
      return String(value);
  }
}

/** UTF-8 with a byte-order mark (so Excel reads the Chinese headers), CRLF line ends. */
export function toCsv(table: ExportTable): Buffer {
  const records = [table.columns.map((c) => c.header), ...table.rows.map((row) => row.map((v, i) => csvText(v, table.columns[i].kind)))];
  return Buffer.from(stringify(records, { bom: true, record_delimiter: 'windows' }), 'utf8');
}

/** Excel has no time zones: an instant is written as the Shanghai wall-clock time it shows. */
function xlsxValue(value: Cell, kind: CellKind): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if ((kind === 'date' || kind === 'datetime') && value instanceof Date) return new Date(value.getTime() + SHANGHAI_UTC_OFFSET_MS);
  if (kind === 'text') return neutralise(String(value));
  return value;
}

const NUM_FMT: Partial<Record<CellKind, string>> = { percent: '0.0%', hours: '0.0', date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm', int: '0' };

export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '集聚区创作者服务台';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width ?? Math.max(10, Math.min(40, c.header.length * 2 + 4)),
    style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v, i) => xlsxValue(v, table.columns[i].kind)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

export async function exportFile(table: ExportTable, format: 'csv' | 'xlsx', suffix: string): Promise<ExportFile> {
  const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
  return {
    body,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${table.title}-${suffix}.${format}`,
    asciiFileName: `${table.slug}-${suffix.replace(/[^\w.-]/g, '_')}.${format}`,
  };
}

/** `attachment` with an ASCII fallback and the UTF-8 Chinese name (RFC 6266 / 5987). */
export function contentDisposition(file: ExportFile): string {
  return dispositionHeader(file.fileName, { fallback: file.asciiFileName });
}
