import { readFileSync } from 'node:fs';
import { samplePagesPath } from '../../lib/build-output';
import { fixtureSite } from '../fixture-site';

/**
 * One page of each type of the fixture build, without the language (the home page is ''): the build's
 * sample from the route table (lib/site/addresses.ts: samplePages), as the benchmark takes the real build's.
 */
const sample = JSON.parse(readFileSync(samplePagesPath(fixtureSite.distDir), 'utf8')) as {
  name: string;
  href: string;
}[];
export const pageTypes: Record<string, string> = Object.fromEntries(
  sample.map(({ name, href }) => [name, href === '/' ? '' : href]),
);
