import type { Route } from '@/lib/site/routes';

/** The pages filled per request (./frame.ts): which prerendered page, and its slots. */
export const templatePages = {
  search: { route: '/search/template', slots: ['query', 'switch', 'results'] },
  feedback: { route: '/feedback', slots: ['send', 'forget', 'summary', 'switch'] },
  sent: { route: '/feedback/sent/template', slots: ['reference'] },
  forgotten: { route: '/feedback/forgotten/template', slots: [] },
  status: { route: '/feedback/status', slots: ['lookup', 'result', 'summary'] },
} as const satisfies Record<string, { route: Route; slots: readonly string[] }>;

export type TemplateName = keyof typeof templatePages;
