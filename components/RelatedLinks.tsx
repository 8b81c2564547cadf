import { Link } from '@/i18n/navigation';
import { Section } from './Section';

/** Related items under an article or an event (lib/content/related.ts): a title, its date, a link. */
export function RelatedLinks({
  title,
  items,
}: {
  title: string;
  items: { href: string; title: string; date: string; dateTime: string }[];
}) {
  if (items.length === 0) return null;
  return (
    <Section id="related" title={title} className="no-print mt-10">
      <ul className="mt-3 space-y-3">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="font-semibold">
              {item.title}
            </Link>{' '}
            <time dateTime={item.dateTime} className="text-sm text-muted">
              {item.date}
            </time>
          </li>
        ))}
      </ul>
    </Section>
  );
}
