import { useLocale } from 'next-intl';
import type { Localized, SourceRef } from '@/lib/content/kinds';
import { SourceLink } from './SourceLink';

/** The source's own words, with a link to the paragraph they come from. */
export function SourceQuote({ source }: { source: SourceRef & { quote: Localized } }) {
  const locale = useLocale();
  return (
    <figure className="border-s-4 border-accent ps-4">
      <blockquote className="text-lg">«{source.quote[locale].replace(/\.$/, '')}»</blockquote>
      <figcaption className="mt-1">
        <SourceLink source={source} />
      </figcaption>
    </figure>
  );
}
