import { datasets, isDatasetName } from '@/lib/seo/open-data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(datasets).map((dataset) => ({ dataset }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/[dataset]'>) {
  const { dataset } = await params;
  if (!isDatasetName(dataset)) return new Response('Not found', { status: 404 });
  return new Response(`${JSON.stringify(datasets[dataset](), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
  });
}
