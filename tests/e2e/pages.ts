import { FOUNDING } from './fixtures';

/** One page of each type, without the locale prefix. */
export const pageTypes = {
  home: '',
  news: '/news',
  article: `/news/${FOUNDING}`,
  coalition: '/coalition',
  people: '/people',
  person: '/people/zhandos-bazartai',
  parties: '/parties',
  party: '/parties/amanat',
  events: '/events',
  event: '/events/2026-02-13-founding-session',
  'not-found': '/no-such-page',
} as const;
