import { useLocale } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { raisedWords, type Topic } from '@/lib/content/kinds/topics';
import { SourceQuote } from './SourceQuote';

/** How the article raised a topic (a goal, something done, one speaker's words) and its words there. */
export function TopicSource({ topic }: { topic: Topic }) {
  const locale = useLocale() as Locale;
  return (
    <div className="mt-3">
      <p className="text-sm text-muted" data-raised={topic.raised}>
        {raisedWords[topic.raised][locale]}
      </p>
      <div className="mt-1">
        <SourceQuote source={topic.source} />
      </div>
    </div>
  );
}
