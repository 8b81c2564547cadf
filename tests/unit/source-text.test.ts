import { describe, expect, it } from 'vitest';
import { paragraphsOf, saysMoreThan, statesNumber } from '@/lib/content/source-text';

describe('source text', () => {
  it('reads numbered paragraphs as plain text', () => {
    const html = '<p id="p-1">Бір <strong>екі</strong> &quot;үш&quot;</p>\n<h2>x</h2>\n<p id="p-2">Төрт</p>';
    expect([...paragraphsOf(html)]).toEqual([
      [1, 'Бір екі "үш"'],
      [2, 'Төрт'],
    ]);
  });

  it('finds numbers in digits but not inside other numbers', () => {
    expect(statesNumber('200-ден аса Еріктілер', 200, 'kk')).toBe(true);
    expect(statesNumber('1 349 человек', 1349, 'ru')).toBe(true);
    expect(statesNumber('2000 адам', 200, 'kk')).toBe(false);
    expect(statesNumber('3,49 млн', 349, 'ru')).toBe(false);
  });

  it('finds small numbers written as words', () => {
    expect(statesNumber('елдегі бес жетекші саяси партиямен', 5, 'kk')).toBe(true);
    expect(statesNumber('с пятью ведущими партиями', 5, 'ru')).toBe(true);
    expect(statesNumber('ресурстарды', 5, 'kk')).toBe(false);
  });

  it('recognizes "more than"', () => {
    expect(saysMoreThan('200-ден аса', 'kk')).toBe(true);
    expect(saysMoreThan('300-ден астам', 'kk')).toBe(true);
    expect(saysMoreThan('349 азаматтан тұратын', 'kk')).toBe(false);
    expect(saysMoreThan('более 200 волонтеров', 'ru')).toBe(true);
    expect(saysMoreThan('349 человек', 'ru')).toBe(false);
  });
});
