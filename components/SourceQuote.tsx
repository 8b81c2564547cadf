import { useLocale } from 'next-intl';
import type { QuotedSource } from '@/lib/content/kinds';
import { getPerson } from '@/lib/content/queries';
import { Link } from '@/i18n/navigation';
import { path } from '@/lib/site/routes';
import { SourceLink } from './SourceLink';

/**
 * The source's own words, with a link to the paragraph they come from, and to the person who said
 * them when they are one speaker's words (`saidBy`): a reader must not take them for the coalition's.
 */
export function SourceQuote({ source }: { source: QuotedSource }) {
  const locale = useLocale();
  const speaker = source.saidBy ? getPerson(source.saidBy) : undefined;
  const post = speaker && (speaker.coalitionRole ?? speaker.roles[0])?.[locale];
  return (
    <figure className="border-s-4 border-accent ps-4">
      <blockquote className="text-lg">«{source.quote[locale].replace(/\.$/, '')}»</blockquote>
      <figcaption className="mt-1">
        {speaker && (
          <p data-said-by={speaker.id}>
            —{' '}
            <Link href={path('/people/[id]', { id: speaker.id })} className="font-medium">
              {speaker.name[locale]}
            </Link>
            {post && `, ${post}`}
          </p>
        )}
        <SourceLink source={source} />
      </figcaption>
    </figure>
  );
}
