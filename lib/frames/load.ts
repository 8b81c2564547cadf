import 'server-only';
import { readFileSync } from 'node:fs';
import { type Locale, localePath } from '@/i18n/routing';
import { templatePath } from '@/lib/build-output';
import { distDir, env } from '@/lib/env';
import { path } from '@/lib/site/routes';
import type { PageTemplate } from './frame';
import { type TemplateName, templatePages } from './framed';

const templates = new Map<string, PageTemplate>();

/** A template page in `locale`: the build's, or in `next dev` the page as it is now. */
export async function getTemplate(name: TemplateName, locale: Locale, origin: string): Promise<PageTemplate> {
  const { route, slots } = templatePages[name];
  if (env().NODE_ENV === 'development') {
    const { extractTemplate } = await import('./extract');
    const response = await fetch(new URL(localePath(locale, path(route)), origin));
    return extractTemplate(await response.text(), slots);
  }
  const key = `${name}/${locale}`;
  let template = templates.get(key);
  if (!template) {
    template = JSON.parse(readFileSync(templatePath(distDir(), name, locale), 'utf8')) as PageTemplate;
    templates.set(key, template);
  }
  return template;
}
