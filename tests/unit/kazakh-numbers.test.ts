import { describe, expect, it } from 'vitest';
import { ablativeSuffix } from '@/lib/format/kazakh-numbers';

describe('ablativeSuffix', () => {
  it.each([
    [200, 'ден'], // the source: "200-ден аса"
    [300, 'ден'], // the source: "300-ден астам"
    [5, 'тен'],
    [1, 'ден'],
    [6, 'дан'],
    [10, 'нан'],
    [40, 'тан'],
    [349, 'дан'],
    [695, 'тен'],
    [1000, 'нан'],
    [2500, 'ден'],
  ])('%i → -%s', (n, suffix) => {
    expect(ablativeSuffix(n)).toBe(suffix);
  });
});
