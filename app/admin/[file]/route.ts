import { editorFiles, isEditorFile } from '@/lib/cms/editor-files';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(editorFiles).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/admin/[file]'>) {
  const { file } = await params;
  if (!isEditorFile(file)) return new Response('Not found', { status: 404 });
  return Response.json(editorFiles[file]());
}
