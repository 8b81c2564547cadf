import type { PageRoute } from './routes';

/*
 * The main navigation, written once: the header's menu (components/MainNav.tsx), the home page's ways
 * on, and the search page's suggestions when nothing is found. Each item's words are messages/Nav.<key>.
 */

export const mainNav = [
  { route: '/', key: 'home' },
  { route: '/news', key: 'news' },
  { route: '/coalition', key: 'coalition' },
  { route: '/people', key: 'people' },
  { route: '/parties', key: 'parties' },
  { route: '/events', key: 'events' },
  { route: '/reports', key: 'reports' },
  { route: '/feedback', key: 'feedback' },
] as const satisfies readonly { route: PageRoute; key: string }[];

export type NavKey = (typeof mainNav)[number]['key'];

/** The sections a reader can go on to (the menu without the home page and, where said, without the news). */
export const sections = ({ withNews }: { withNews: boolean }) =>
  mainNav.filter((item) => item.key !== 'home' && (withNews || item.key !== 'news'));
