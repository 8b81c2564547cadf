import type { YAMLError } from 'yaml';
import { type Message, say } from './messages';

/*
 * The YAML parser's first error in a file, as the press office would put it, on the line where the
 * mistake is (the parser often notices an unclosed quote only at the end of the file). Later errors
 * of the same file follow from the first and are not reported.
 */

const VALUE = /^\s*(?:-\s+)?[\w-]+:\s*(.*)$/;

/** The last line at or before `from` (1-based) where a value opens `quote` and does not close it. */
function openingLine(lines: string[], from: number, opener: string): number | undefined {
  for (let line = Math.min(from, lines.length); line >= 1; line--) {
    const value = VALUE.exec(lines[line - 1] ?? '')?.[1]?.trim() ?? '';
    if (!value.startsWith(opener)) continue;
    const closer = opener === '[' ? ']' : opener;
    if (!value.slice(1).includes(closer)) return line;
  }
  return undefined;
}

/**
 * Line and message of the YAML error at `line` (1-based, in `text`); `offset`: the file's line of the
 * YAML's first line, so that lines are the file's.
 */
export function yamlErrorMessage(
  error: YAMLError,
  line: number,
  text: string,
  offset = 1,
): { line: number; message: Message } {
  const lines = text.split(/\r?\n/);
  const inFile = (n: number) => n + offset - 1;
  switch (error.code) {
    case 'MISSING_CHAR': {
      const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
      const at = quote ? openingLine(lines, line, quote) : undefined;
      return at
        ? { line: inFile(at), message: say.yamlQuote(inFile(at)) }
        : { line: inFile(line), message: say.yamlOther(error.message) };
    }
    case 'BAD_INDENT':
      if (/Flow sequence/.test(error.message)) {
        const at = inFile(openingLine(lines, line, '[') ?? line);
        return { line: at, message: say.yamlList(at) };
      }
      return { line: inFile(line), message: say.yamlIndent() };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const value = VALUE.exec(lines[line - 1] ?? '')?.[1] ?? '';
      if (/:\s/.test(value)) return { line: inFile(line), message: say.yamlColon() };
      // A value, then a line indented further than the field: that line is the mistake.
      return { line: inFile(Math.min(line + 1, lines.length)), message: say.yamlIndent() };
    }
    case 'TAB_AS_INDENT':
      return { line: inFile(line), message: say.yamlTab() };
    case 'DUPLICATE_KEY': {
      const key = /^\s*([\w-]+):/.exec(lines[line - 1] ?? '')?.[1] ?? '';
      return { line: inFile(line), message: say.yamlDuplicate(key) };
    }
    default:
      return { line: inFile(line), message: say.yamlOther(error.message.split('\n')[0] ?? error.code) };
  }
}
