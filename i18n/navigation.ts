import { createNavigation } from 'next-intl/navigation';
import { type ComponentProps, createElement } from 'react';
import { routing } from './routing';

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's Link, without prefetching by default: on a metered phone connection a page should
 * not download the pages its menu links to. A link may still opt in with prefetch.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch, ...props });
}
