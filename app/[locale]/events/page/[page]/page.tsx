import type { Metadata } from 'next';
import { EventListPage } from '@/components/EventListPage';
import { parsePageParam } from '@/lib/content/pagination';
import { getDistricts, getEventChoices, getEventsPageCount, isEventComing } from '@/lib/content/queries';
import { eventsMetadata, loadEvents } from '../../listing';

type Props = PageProps<'/[locale]/events/page/[page]'>;

// Page 1 lives at /events; this route serves pages 2…N.
export function generateStaticParams() {
  return Array.from({ length: getEventsPageCount(undefined) - 1 }, (_, i) => ({ page: String(i + 2) }));
}

async function pageNumber({ params }: Props) {
  const page = parsePageParam((await params).page);
  return page !== null && page > 1 ? page : undefined;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return eventsMetadata(undefined, await pageNumber(props));
}

export default async function EventsPagedPage(props: Props) {
  const list = await loadEvents(undefined, await pageNumber(props));
  return <EventListPage {...list} choices={getEventChoices()} districts={getDistricts()} isComing={isEventComing} />;
}
