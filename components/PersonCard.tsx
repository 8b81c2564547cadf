import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Party, Person } from '@/lib/content/kinds';
import { path } from '@/lib/site/routes';

export function PersonCard({
  person,
  party,
  headingLevel = 'h3',
}: {
  person: Person;
  party?: Party;
  headingLevel?: 'h2' | 'h3';
}) {
  const Heading = headingLevel;
  const t = useTranslations('People');
  const locale = useLocale();
  return (
    <article className="rounded-lg border border-line p-5">
      <Heading className="text-lg font-semibold">
        <Link href={path('/people/[id]', { id: person.id })} className="text-ink hover:text-brand">
          {person.name[locale]}
        </Link>
      </Heading>
      {person.coalitionRole && <p className="mt-1 font-medium text-brand-dark">{person.coalitionRole[locale]}</p>}
      <ul className="mt-2 space-y-1 text-muted">
        {person.roles.map((role) => (
          <li key={role.kk}>{role[locale]}</li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <span className="text-muted">{t('party')}: </span>
        {party ? (
          <Link href={path('/parties/[id]', { id: party.id })}>{party.name[locale]}</Link>
        ) : (
          <span className="text-muted">{t('noParty')}</span>
        )}
      </p>
    </article>
  );
}
