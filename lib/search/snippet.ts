/*
 * The part of a result's text shown under its title, with the words that matched marked: the passage
 * with the most matching words, cut to a window around the first of them.
 */

export type SnippetPart = { text: string; mark?: true };

const WORD = /([\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*)/u;
/** Words shown around the first match. */
const WINDOW = 32;
const BEFORE = 8;

/** `matches` says whether a word is one the query found (terms.ts reads it as a matched term). */
export function snippet(passages: readonly string[], matches: (word: string) => boolean): SnippetPart[] {
  // Each distinct word is read once: a long article repeats most of its words.
  const seen = new Map<string, boolean>();
  const isMatch = (word: string) => {
    let match = seen.get(word);
    if (match === undefined) {
      match = matches(word);
      seen.set(word, match);
    }
    return match;
  };
  const split = passages.map((passage) => {
    // Odd indexes are words, even ones the text between them.
    const pieces = passage.split(WORD);
    const marks = pieces.map((piece, i) => i % 2 === 1 && isMatch(piece));
    return { pieces, marks, hits: marks.filter(Boolean).length };
  });
  const best = split.reduce((a, b) => (b.hits > a.hits ? b : a), split[0] ?? { pieces: [], marks: [], hits: 0 });
  const { pieces, marks } = best;
  const wordCount = (pieces.length - 1) / 2;
  const firstHit = marks.indexOf(true);
  const firstWord = firstHit < 0 ? 0 : (firstHit - 1) / 2;
  const start = wordCount <= WINDOW ? 0 : Math.max(0, Math.min(firstWord - BEFORE, wordCount - WINDOW));
  const end = Math.min(wordCount, start + WINDOW);

  const parts: SnippetPart[] = [];
  const push = (text: string, mark?: boolean) => {
    const last = parts.at(-1);
    if (!mark && last && !last.mark) last.text += text;
    else if (text) parts.push(mark ? { text, mark: true } : { text });
  };
  push(start > 0 ? '… ' : (pieces[0] ?? '').trimStart());
  for (let w = start; w < end; w++) {
    push(pieces[2 * w + 1] ?? '', marks[2 * w + 1]);
    if (w < end - 1) push(pieces[2 * w + 2] ?? '');
  }
  if (end < wordCount) push(' …');
  else push((pieces.at(-1) ?? '').trimEnd());
  return parts;
}
