import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/JsonLd';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { QuestionItem } from '@/components/questions/QuestionItem';
import { ReportsAbout } from '@/components/reports/ReportsAbout';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { entryPage } from '@/lib/content/queries';
import { sectionMetadata } from '@/lib/seo/metadata';
import { qaPage } from '@/lib/seo/structured-data';
import { path } from '@/lib/site/routes';

type Props = PageProps<'/[locale]/questions/[id]'>;

const page = entryPage('questions');
export const generateStaticParams = page.generateStaticParams;

async function load({ params }: Props) {
  return { question: await page.entry(params), locale: (await getLocale()) as Locale };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { question, locale } = await load(props);
  return sectionMetadata({
    locale,
    route: '/questions/[id]',
    params: { id: question.id },
    title: question.question[locale],
    description: question.answer[locale],
  });
}

export default async function QuestionPage(props: Props) {
  const { question, locale } = await load(props);
  const t = await getTranslations('Questions');
  const tNav = await getTranslations('Nav');
  const href = path('/questions/[id]', { id: question.id });
  return (
    <Page href={href}>
      <JsonLd data={qaPage(locale, question)} />
      <PageIntro
        href={href}
        crumbs={[
          { href: path('/'), label: tNav('home') },
          { href: path('/questions'), label: t('title') },
        ]}
        title={question.question[locale]}
      />
      <QuestionItem question={question} locale={locale} full />
      <ReportsAbout locale={locale} about={(item) => item.question === question.id} />
      <p className="mt-8">
        <Link href={path('/feedback')} className="font-semibold">
          {t('ask')}
        </Link>
      </p>
    </Page>
  );
}
