/**
 * A small RFC 4180 CSV reader: comma separator, fields in double quotes may hold commas, line
 * breaks and doubled quotes (""), records end with CRLF, LF or CR. A double quote inside an
 * unquoted field is kept as it is. The text comes already decoded (BOM removed).
 */

/** The text breaks the CSV rules; `line` is the line of the file (1-based) where it does. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** 1-based number of the record (spreadsheet row) being read. */
    readonly record: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

export interface CsvRecord {
  /** 1-based: the spreadsheet row (a record that spans lines counts once; blank lines count). */
  record: number;
  /** The line of the file where the record starts. */
  line: number;
  cells: string[];
}

const FIELD_END = /[,\r\n]/g;
const LINE_BREAK = /\r\n|\r|\n/g;

const countLineBreaks = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/** Reads the records one by one, so that a caller can stop early. */
export function* readCsvRecords(text: string): Generator<CsvRecord> {
  const n = text.length;
  let i = 0;
  let line = 1;
  let record = 0;
  while (i < n) {
    record += 1;
    const startLine = line;
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === 0x22 /* " */) {
        const openLine = line;
        let value = '';
        let from = i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) {
            throw new CsvSyntaxError(`a text opened with a double quote on line ${openLine} is never closed`, openLine, record);
          }
          value += text.slice(from, quote);
          if (text.charCodeAt(quote + 1) === 0x22) {
            value += '"';
            from = quote + 2;
          } else {
            i = quote + 1;
            break;
          }
        }
        line += countLineBreaks(value);
        if (i < n && !',\r\n'.includes(text[i])) {
          throw new CsvSyntaxError(
            `unexpected text after a closing double quote on line ${line}; a double quote inside a quoted text must be doubled ("")`,
            line,
            record,
          );
        }
        cells.push(value);
      } else {
        FIELD_END.lastIndex = i;
        const end = FIELD_END.exec(text)?.index ?? n;
        cells.push(text.slice(i, end));
        i = end;
      }
      if (i >= n) break;
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      break;
    }
    yield { record, line: startLine, cells };
  }
}
