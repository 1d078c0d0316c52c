/**
 * Excel workbook writer (exceljs): sheet `articles`, one row per article with the CSV columns
 * (src/output/csv.ts), and sheet `entities`, one row per entity per article with the columns of
 * `bulletin entities`. For analysts who open the output in Excel or LibreOffice without an import
 * step.
 *
 * - `date` is a typed date cell holding the first day the date names (a serial day number with
 *   format `yyyy-mm-dd`; `yyyy-mm` for month, quarter or season precision, `yyyy` for a year), `paragraphs`, `characters` and `mentions` are numbers, the rest
 *   text.
 * - The header row is frozen and carries an auto-filter.
 * - Never a formula: every text cell is written as a string cell (a cell starting with `=` stays the
 *   text `=…`, so no `'` is needed as in CSV: the text is kept as printed).
 * - A cell longer than `MAX_CELL_CHARS` (32,767) is cut, never inside a surrogate pair; `cellCuts`
 *   lists the cuts for the CLI's warnings.
 */
import type { Article, Issue } from '../types.js';
import { entityCells, entityRows, ENTITY_COLUMNS } from '../cli/commands/entities.js';
import { articleRow, capCell, CSV_COLUMNS } from './csv.js';

/** Sheet names, in order. */
export const XLSX_SHEETS = ['articles', 'entities'] as const;

/** Columns of the articles sheet written as numbers. */
const NUMBER_COLUMNS = new Set(['paragraphs', 'characters', 'mentions']);

/** Excel number format for a date of each precision (the cell holds the first day it names). */
const DATE_FORMAT: Record<NonNullable<Article['date']>['precision'], string> = {
  day: 'yyyy-mm-dd',
  week: 'yyyy-mm-dd',
  xun: 'yyyy-mm-dd',
  month: 'yyyy-mm',
  quarter: 'yyyy-mm',
  season: 'yyyy-mm',
  year: 'yyyy',
};

/** `YYYY-MM-DD` as a Date at 00:00 UTC (exceljs turns it into the serial day number, UTC). */
function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * The workbook of `issues` as the bytes of an .xlsx file. Resolves to a Buffer; rejects only on a
 * bug in exceljs (the input is all plain strings and numbers).
 */
export async function issuesToXlsx(issues: readonly Issue[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'bulletin';
  // fixed, so the same issues give the same workbook (modulo the zip's own timestamps)
  wb.created = new Date(0);
  wb.modified = new Date(0);

  const frozen = [{ state: 'frozen' as const, xSplit: 0, ySplit: 1 }];
  const articles = wb.addWorksheet('articles', { views: frozen });
  articles.addRow([...CSV_COLUMNS]);
  const dateCol = CSV_COLUMNS.indexOf('date');
  for (const issue of issues) {
    for (const a of issue.articles) {
      const cells: (string | number | Date | null)[] = articleRow(issue.source.path, a).map((cell, k) => {
        if (NUMBER_COLUMNS.has(CSV_COLUMNS[k])) return Number(cell);
        return capCell(cell);
      });
      cells[dateCol] = a.date?.iso ? isoToDate(a.date.iso) : null;
      const row = articles.addRow(cells);
      if (a.date?.iso) row.getCell(dateCol + 1).numFmt = DATE_FORMAT[a.date.precision];
    }
  }

  const entities = wb.addWorksheet('entities', { views: frozen });
  entities.addRow([...ENTITY_COLUMNS]);
  for (const issue of issues) {
    for (const r of entityRows(issue)) {
      entities.addRow(entityCells(r).map((cell, k) => (NUMBER_COLUMNS.has(ENTITY_COLUMNS[k]) ? Number(cell) : capCell(cell))));
    }
  }

  for (const sheet of [articles, entities]) {
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
