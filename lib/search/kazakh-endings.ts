/*
 * Kazakh endings, stripped so that "коалициялар", "коалицияның" and "коалицияға" are found by
 * "коалиция". There is no Kazakh stemmer in Snowball or in the search libraries; this takes off the
 * common plural, possessive, case and "-лық" endings, outermost first, on words already folded to
 * Russian-keyboard letters (normalize.ts): so "ның" and "нің" are both "нын"/"нин" here.
 */

const endings = [
  // Case endings ("-дағы": "the one in").
  ...['ндагы', 'ндеги', 'дагы', 'деги', 'тагы', 'теги'],
  ...['нын', 'нин', 'дын', 'дин', 'тын', 'тин'],
  ...['дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ндан', 'нден'],
  ...['менен', 'мен', 'бен', 'пен'],
  ...['нда', 'нде', 'да', 'де', 'та', 'те'],
  ...['га', 'ге', 'ка', 'ке', 'на', 'не'],
  ...['ны', 'ни', 'ды', 'ди', 'ты', 'ти'],
  ...['сын', 'син'],
  // Possessive.
  ...['ымыз', 'имиз', 'мыз', 'миз', 'ым', 'им', 'сы', 'си', 'ы', 'и'],
  // Plural.
  ...['лар', 'лер', 'дар', 'дер', 'тар', 'тер'],
  // "-ness", "-al": азаматтық (civic) is found by азамат (citizen).
  ...['лык', 'лик', 'дык', 'дик', 'тык', 'тик'],
].sort((a, b) => b.length - a.length);

// By last letter: a word is compared only with the endings it could have (this runs on every word indexed).
const byLastLetter = new Map<string, string[]>();
for (const ending of endings) byLastLetter.set(ending.at(-1)!, [...(byLastLetter.get(ending.at(-1)!) ?? []), ending]);

/** A stem keeps at least three letters and a vowel: "ақ", "ел", "жол" stay whole. */
const MIN_STEM = 3;
const hasVowel = (text: string) => /[аеиоуыэюя]/.test(text);

/** The word without its endings (up to four: case, possessive, plural, "-лық"). */
export function stripKazakhEndings(word: string): string {
  let stem = word;
  for (let round = 0; round < 4; round++) {
    const ending = byLastLetter
      .get(stem.at(-1) ?? '')
      ?.find((e) => stem.endsWith(e) && stem.length - e.length >= MIN_STEM);
    if (!ending || !hasVowel(stem.slice(0, -ending.length))) break;
    stem = stem.slice(0, -ending.length);
  }
  return stem;
}
