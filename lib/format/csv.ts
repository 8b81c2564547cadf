/*
 * CSV for spreadsheets (RFC 4180), the open data's and the inbox's exports alike: UTF-8 with a
 * byte-order mark, so that spreadsheet programs read the Cyrillic letters; every cell that a
 * spreadsheet would read as a formula made text.
 */

/** Named columns, each a cell of a record. */
export type CsvColumns<T> = Record<string, (record: T) => string>;

/**
 * Every part of a cell that a spreadsheet could read as a formula (=, +, -, @, or a tab or a return
 * first) starts with an apostrophe, which the spreadsheet shows as text (OWASP: CSV injection): the
 * cell's start, and the start after each separator a spreadsheet may split on (Kazakh- and
 * Russian-locale Excel splits on ";", whatever the quotes say). Direction controls (a right-to-left
 * override turns a file name around) are taken out. Then RFC 4180's quoting.
 */
export function csvCell(raw: string): string {
  const value = raw
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/([;,\t\r\n])([^\S\r\n]*)(?=[=+\-@])/g, "$1$2'")
    .replace(/^(?=\s*[=+\-@]|[\t\r])/, "'");
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The header line (with the byte-order mark) and one line per record. */
export function toCsv<T>(columns: CsvColumns<T>, records: Iterable<T>): string {
  let body = `\ufeff${csvRow(Object.keys(columns))}`;
  for (const record of records) body += csvRow(Object.values(columns).map((column) => column(record)));
  return body;
}
