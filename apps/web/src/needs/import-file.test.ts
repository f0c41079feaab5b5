import { formatOf, problemValues } from './import-file';

describe('formatOf', () => {
  it('reads the format from the extension, in any case', () => {
    expect(formatOf('national-report.json')).toBe('JSON');
    expect(formatOf('Report 2024.CSV')).toBe('CSV');
    expect(formatOf('ghana.poa.2024.xlsx')).toBe('XLSX');
  });
  it('is null for any other file', () => {
    expect(formatOf('report.xls')).toBeNull();
    expect(formatOf('report')).toBeNull();
    expect(formatOf('xlsx')).toBeNull();
  });
});

describe('problemValues', () => {
  const list = (items: string[]) => items.join(' / ');
  const label = (name: string, value: string) => (name === 'status' ? `status ${value}` : null);
  it('keeps numbers, says lists and known codes in the reader’s words', () => {
    expect(problemValues('{"max":200,"codes":["X","Y"],"status":"SUBMITTED","ref":"A1"}', list, label)).toEqual({
      max: 200,
      codes: 'X / Y',
      status: 'status SUBMITTED',
      ref: 'A1',
    });
  });
  it('is empty for no params or what is not a JSON object', () => {
    expect(problemValues(null, list, label)).toEqual({});
    expect(problemValues('not json', list, label)).toEqual({});
    expect(problemValues('[1]', list, label)).toEqual({});
  });
});
