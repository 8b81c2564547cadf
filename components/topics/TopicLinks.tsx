import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getTopic } from '@/lib/content/queries';
import { topicListPath } from '@/lib/site/lists';

/** The topics an article, an event or an answer is about, each a link to its page; nothing when none. */
export async function TopicLinks({
  ids,
  locale,
  className = 'mt-4',
}: {
  ids: readonly string[];
  locale: Locale;
  className?: string;
}) {
  const topics = ids.flatMap((id) => getTopic(id) ?? []);
  if (topics.length === 0) return null;
  const t = await getTranslations('Topics');
  return (
    <p className={`${className} flex flex-wrap gap-x-3 gap-y-1`}>
      <span className="font-semibold">{t('onItem')}:</span>
      {topics.map((topic) => (
        <Link key={topic.id} href={topicListPath(topic.id)}>
          {topic.name[locale]}
        </Link>
      ))}
    </p>
  );
}
