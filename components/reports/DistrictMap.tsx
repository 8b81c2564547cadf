import { useTranslations } from 'next-intl';
import type { District } from '@/lib/content/kinds';

/** Where the river runs, as the schema draws it: top (Aral) to bottom (Zhanakorgan). */
const TOP = 40;
const STEP = 72;
const RIVER_X = 90;

/**
 * The region's territories as a schema, not a map: each a circle on the Syr Darya in the order the
 * content gives (districts/*.yaml: `river`, Aral first), its area the number of messages from it. No
 * boundary and no distance: the content holds none. Drawn on the server as SVG; the numbers are in the
 * table beside it too.
 */
export function DistrictMap({
  districts,
  counts,
  locale,
}: {
  districts: readonly District[];
  counts: ReadonlyMap<string, number | undefined>;
  locale: 'kk' | 'ru';
}) {
  const t = useTranslations('Reports');
  const along = districts.filter((d) => d.river !== undefined).sort((a, b) => a.river! - b.river!);
  if (along.length === 0) return null;
  const largest = Math.max(1, ...along.map((d) => counts.get(d.id) ?? 0));
  const height = TOP * 2 + STEP * (along.length - 1);
  const yOf = (i: number) => TOP + STEP * i;
  // A river that bends a little between the territories, so that it reads as one.
  const river = along
    .map(
      (_, i) =>
        `${i === 0 ? 'M' : 'S'} ${RIVER_X + (i % 2 === 0 ? -8 : 8)} ${yOf(i) - (i === 0 ? 0 : STEP / 2)} ${RIVER_X + (i % 2 === 0 ? -8 : 8)} ${yOf(i)}`,
    )
    .join(' ');
  return (
    <figure className="max-w-md">
      <svg viewBox={`0 0 360 ${height}`} role="img" aria-labelledby="district-map-title" className="h-auto w-full">
        <title id="district-map-title">{t('mapTitle')}</title>
        <path d={river} className="fill-none stroke-brand/40" strokeWidth="10" strokeLinecap="round" />
        {along.map((district, i) => {
          const count = counts.get(district.id);
          const shown = count !== undefined && count > 0;
          const r = shown ? 6 + 22 * Math.sqrt(count / largest) : 5;
          return (
            <g key={district.id}>
              <circle
                cx={RIVER_X}
                cy={yOf(i)}
                r={r}
                className={shown ? 'fill-brand' : 'fill-paper stroke-muted'}
                strokeDasharray={shown ? undefined : '3 3'}
              />
              <text x={RIVER_X + 40} y={yOf(i) - 4} className="fill-ink text-[15px] font-semibold">
                {district.name[locale]}
              </text>
              <text x={RIVER_X + 40} y={yOf(i) + 16} className="fill-muted text-[14px]">
                {count === undefined ? (counts.has(district.id) ? '—' : '0') : count}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-muted">{t('mapNote')}</figcaption>
    </figure>
  );
}
