import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/format/csv';

describe('CSV for spreadsheets', () => {
  it('makes every cell a spreadsheet would read as a formula plain text', () => {
    for (const formula of ['=HYPERLINK("http://x")', '+7 701', '-1+1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvCell(formula).replace(/^"|"$/g, '').startsWith("'")).toBe(true);
    expect(csvCell('Арал, мәдениет үйі')).toBe('"Арал, мәдениет үйі"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('2026-03-05')).toBe('2026-03-05');
    // A spreadsheet that splits on ";" (Kazakh and Russian Excel) reads each part: each is made text.
    expect(csvCell('x;=2+5;y')).toBe(`"x;'=2+5;y"`);
    expect(csvCell("a, =cmd|' /C calc'!A0")).toBe(`"a, '=cmd|' /C calc'!A0"`);
    expect(csvCell('x\n@SUM(A1)')).toBe(`"x\n'@SUM(A1)"`);
    for (const cell of ['x;=1', 'a,+1', 'b\t-1', ';@x'])
      for (const part of csvCell(cell)
        .replace(/^"|"$/g, '')
        .split(/[;,\t\n]/))
        expect(part.trimStart()).not.toMatch(/^[=+\-@]/);
    // A right-to-left override would show "gnp.exe" as "exe.png": taken out.
    expect(csvCell('\u202Egnp.exe')).toBe('gnp.exe');
  });

  it('writes a byte-order mark, a header and a line per record, each ending in CRLF', () => {
    const body = toCsv({ id: (r: { id: string }) => r.id, title: () => '=1+1' }, [{ id: 'a' }, { id: 'b' }]);
    expect(body).toBe("\ufeffid,title\r\na,'=1+1\r\nb,'=1+1\r\n");
  });
});
