import { describe, expect, it } from 'vitest';
import { castCell, isIsoDate } from '../../../src/data/csv/cast';
import { parseCsv } from '../../../src/data/csv/parse-csv';

describe('parseCsv physical lines', () => {
  it('numbers records from line 2 and counts breaks inside quoted fields (LF, CRLF, CR)', () => {
    const p = parseCsv('a,b\n1,"x\ny"\n2,"p\r\nq\r\nr"\r\n3,"s\rt"\n4,z\n');
    expect(p.header).toEqual(['a', 'b']);
    expect(p.records.map((r) => r[0])).toEqual(['1', '2', '3', '4']);
    expect(p.lines).toEqual([2, 4, 7, 9]);
  });

  it('strips a BOM, drops trailing blank lines, keeps interior ones as blank records', () => {
    const p = parseCsv('\uFEFFa,b\n1,2\n\n3,4\n\n\n');
    expect(p.header).toEqual(['a', 'b']);
    expect(p.records).toEqual([['1', '2'], [''], ['3', '4']]);
    expect(p.lines).toEqual([2, 3, 4]);
  });

  it('flags a quote that never closes at the line of its record', () => {
    expect(parseCsv('a,b\n1,2\n3,"open\n4,5\n').unterminatedQuoteLine).toBe(3);
    expect(parseCsv('a,b\n1,"a ""quoted"" word"\n').unterminatedQuoteLine).toBeUndefined();
  });
});

describe('castCell', () => {
  it.each(['1,234', '12%', 'abc', 'NaN', 'Infinity', '-Infinity', ' 12', '12 ', '1e', '0x10', '$5', '—3'])('number rejects %j', (t) => {
    expect(castCell(t, 'number')).toEqual({ ok: false, message: expect.stringContaining('is not a number') });
  });
  it.each([['12', 12], ['-5.2', -5.2], ['+3.8', 3.8], ['0.5', 0.5], ['.5', 0.5], ['1e3', 1000]])('number accepts %j', (t, v) => {
    expect(castCell(t, 'number')).toEqual({ ok: true, value: v });
  });
  it('number rejects values that overflow to Infinity', () => {
    expect(castCell('1e999', 'number')).toEqual({ ok: false, message: '"1e999" is not a finite number' });
  });
  it('integer is strict', () => {
    expect(castCell('42', 'integer')).toEqual({ ok: true, value: 42 });
    expect(castCell('4.0', 'integer').ok).toBe(false);
    expect(castCell('1,000', 'integer').ok).toBe(false);
    expect(castCell('99999999999999999999', 'integer')).toEqual({ ok: false, message: expect.stringContaining('too large') });
  });
  it('dates must be real YYYY-MM-DD days', () => {
    expect(castCell('2024-02-29', 'date')).toEqual({ ok: true, value: '2024-02-29' });
    for (const t of ['2023-02-29', '2023-02-30', '2023-13-01', '2023-04-31', '2023-00-10']) {
      expect(castCell(t, 'date')).toEqual({ ok: false, message: `"${t}" is not a real calendar date` });
    }
    for (const t of ['March 2023', '2023-3-1', '2023/03/01', '2023-03', '20230301', '2023-03-01T00:00']) {
      expect(castCell(t, 'date')).toEqual({ ok: false, message: `"${t}" is not a date (expected YYYY-MM-DD)` });
    }
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
  it('booleans are exactly true or false', () => {
    expect(castCell('true', 'boolean')).toEqual({ ok: true, value: true });
    expect(castCell('false', 'boolean')).toEqual({ ok: true, value: false });
    for (const t of ['TRUE', 'True', '1', 'yes']) expect(castCell(t, 'boolean').ok).toBe(false);
  });
});
