import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Generated from 'contentlayer/generated';
import { contentTypes } from './schema';
import type { RawCollections } from './validate';

/**
 * Contentlayer's output, unchecked (lib/content/validate.ts checks it). A build reads the JSON
 * files that `contentlayer2 build` wrote: bundling thousands of documents as modules would cost the
 * build more time than anything else. `next dev` imports them as modules instead, so that an
 * edited markdown file reloads the open page.
 */
export function loadGeneratedContent(): RawCollections {
  if (process.env.NODE_ENV === 'development') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const generated = require('contentlayer/generated') as typeof Generated;
    const { allNews, allParties, allPeople, allFigures, allEvents, allDistricts, coalition } = generated;
    return {
      news: allNews,
      parties: allParties,
      people: allPeople,
      figures: allFigures,
      events: allEvents,
      districts: allDistricts,
      coalition,
    };
  }
  const dir = join(process.cwd(), '.contentlayer', 'generated');
  const read = (key: keyof typeof contentTypes): unknown =>
    JSON.parse(readFileSync(join(dir, contentTypes[key].name, '_index.json'), 'utf8'));
  return {
    news: read('news') as unknown[],
    parties: read('parties') as unknown[],
    people: read('people') as unknown[],
    figures: read('figures') as unknown[],
    events: read('events') as unknown[],
    districts: read('districts') as unknown[],
    coalition: read('coalition'),
  };
}
