import { describe, expect, it } from 'vitest';
import { fromModules } from '@/lib/content/documents';

describe("Contentlayer's modules, as npm run dev reads them", () => {
  it('give each document once, although allDocuments lists it again', () => {
    const person = { type: 'Person', _id: 'people/a.json', _raw: {}, sourceFile: 'people/a.yaml', order: 1 };
    const coalition = {
      type: 'Coalition',
      _id: 'coalition/coalition.json',
      _raw: {},
      sourceFile: 'coalition/coalition.yaml',
    };
    const raw = fromModules({ allPeople: [person], coalition, allDocuments: [person, coalition] });
    expect(raw.people).toHaveLength(1);
    expect(raw.people[0]).toMatchObject({ order: 1, _raw: { sourceFilePath: 'people/a.yaml' } });
    expect(raw.coalition).toHaveLength(1);
  });
});
