/*
 * CSV for spreadsheets (RFC 4180), the open data's and the inbox's exports alike: UTF-8 with a
 * byte-order mark, so that spreadsheet programs read the Cyrillic letters; every cell that a
 * spreadsheet would read as a formula made text.
 */

/** Named columns, each a cell of a record. */
export type CsvColumns<T> = Record<string, (record: T) => string>;

/**
 * A cell a spreadsheet would read as a formula (=, +, -, @, or a tab or a return first) starts with an
 * apostrophe, which the spreadsheet shows as text (OWASP: CSV injection); then RFC 4180's quoting.
 */
export function csvCell(raw: string): string {
  const value = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
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
