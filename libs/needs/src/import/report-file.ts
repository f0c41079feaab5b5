import type { Refusal } from '#libs/core';
import type { RawImportedNeed } from '../need-fields.js';

export type ImportFormat = 'JSON' | 'CSV' | 'XLSX';

/** Report metadata as found in a file (JSON `report`, XLSX sheet "Report"); unchecked. */
export interface RawReportMeta {
  state?: unknown;
  instrument?: unknown;
  year?: unknown;
  language?: unknown;
  sourceReference?: unknown;
}

/** One need of a file with where it came from, for error messages. */
export interface ParsedNeedRecord {
  /** 1-based: the spreadsheet row (the header is row 1) or the position in the JSON `needs` array. */
  row: number;
  fields: RawImportedNeed;
  /** How the file names a field, e.g. `budget_amount` (CSV/XLSX) or `budget.amount` (JSON). */
  columnOf(field: keyof RawImportedNeed): string;
}

export interface ParsedReportFile {
  format: ImportFormat;
  report: RawReportMeta;
  records: ParsedNeedRecord[];
}

/** Limits on what an import accepts. */
export const IMPORT_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxRows: 5000,
} as const;

/** The file as a whole cannot be read: wrong type, empty, too big, malformed (with its reason). */
export class ReportFileError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
    this.name = 'ReportFileError';
  }
}
