import { join } from 'node:path';
import type { Locale } from '@/i18n/routing';

/*
 * Where the build leaves what search reads at run time: beside Next's own output, so that each build
 * (and each copy of one) carries its own index and template.
 */

const searchDir = (distDir: string) => join(distDir, 'search');

export const searchIndexPath = (distDir: string) => join(searchDir(distDir), 'index.json');
export const searchTemplatePath = (distDir: string, locale: Locale) =>
  join(searchDir(distDir), `template.${locale}.json`);
