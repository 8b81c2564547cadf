import { useLocale, useTranslations } from 'next-intl';
import type { Figure } from '@/lib/content/kinds';
import { ablativeSuffix } from '@/lib/format/kazakh-numbers';
import { SourceLink } from './SourceLink';

function FigureValue({ figure }: { figure: Figure }) {
  const t = useTranslations('Figures');
  const locale = useLocale();
  const digits = new Intl.NumberFormat(locale === 'kk' ? 'kk-KZ' : 'ru-RU').format(figure.value);
  if (figure.reading === 'exact') return <>{digits}</>;
  return (
    <>
      <span aria-hidden="true">{digits}+</span>
      <span className="sr-only">{t('moreThan', { value: digits, suffix: ablativeSuffix(figure.value) })}</span>
    </>
  );
}

/** The coalition's numbers, each with the paragraph of the article that states it. */
export function FigureList({ figures, withSources = true }: { figures: readonly Figure[]; withSources?: boolean }) {
  const t = useTranslations('Figures');
  const locale = useLocale();
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {figures.map((figure) => (
        <li
          key={figure.id}
          id={`figure-${figure.id}`}
          className="flex flex-col rounded-lg border border-line bg-paper p-5"
        >
          <p className="text-4xl font-bold tabular-nums text-brand-dark">
            <FigureValue figure={figure} />
          </p>
          <p className="mt-2 font-medium">{figure.label[locale]}</p>
          <p className="mt-1 text-sm text-muted">{t(figure.scope)}</p>
          {withSources && (
            <p className="mt-auto pt-3">
              <SourceLink source={figure.source} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
