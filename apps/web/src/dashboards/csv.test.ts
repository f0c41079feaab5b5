import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a byte-order mark and quotes what needs quoting', () => {
    expect(toCsv(['Area', 'Needs'], [['Marking, tracing', 3], ['Say "hi"', null]])).toBe('\uFEFFArea,Needs\r\n"Marking, tracing",3\r\n"Say ""hi""",\r\n');
  });
});
