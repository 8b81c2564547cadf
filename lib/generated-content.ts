import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Generated from 'contentlayer/generated';
import type { RawCollections } from './content-checks';

/**
 * Contentlayer's output, untyped (lib/content-checks.ts checks it). A build reads the JSON files
 * that `contentlayer2 build` wrote: bundling thousands of documents as modules would cost the
 * build more time than anything else. `next dev` imports them as modules instead, so that an
 * edited markdown file reloads the open page.
 */
export function loadGeneratedContent(): RawCollections {
  if (process.env.NODE_ENV === 'development') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const generated = require('contentlayer/generated') as typeof Generated;
    const { allNews, allParties, allPeople, allFigures, allEvents, coalition } = generated;
    return { news: allNews, parties: allParties, people: allPeople, figures: allFigures, events: allEvents, coalition };
  }
  const dir = join(process.cwd(), '.contentlayer', 'generated');
  const read = (type: string): unknown => JSON.parse(readFileSync(join(dir, type, '_index.json'), 'utf8'));
  return {
    news: read('News') as unknown[],
    parties: read('Party') as unknown[],
    people: read('Person') as unknown[],
    figures: read('Figure') as unknown[],
    events: read('Event') as unknown[],
    coalition: read('Coalition'),
  };
}
