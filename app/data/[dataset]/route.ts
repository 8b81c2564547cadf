import { datasets, isDatasetName } from '@/lib/seo/open-data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(datasets).map((dataset) => ({ dataset }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/[dataset]'>) {
  const { dataset } = await params;
  if (!isDatasetName(dataset)) return new Response('Not found', { status: 404 });
  const { type, body } = datasets[dataset]();
  return new Response(body, { headers: { 'Content-Type': type, 'Access-Control-Allow-Origin': '*' } });
}
