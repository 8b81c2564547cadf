import { extname, join, posix, relative, resolve } from 'node:path';
import { photoExtensions } from './variants';

/*
 * Where a photo an article names is: `/images/x.jpg` is public/images/x.jpg (the way the guide first
 * taught), and a bare file name (`x.jpg`, `./x.jpg`) is beside the article, in its folder. Names are
 * taken as the press office writes them: spaces, Cyrillic letters, upper-case extensions, %20.
 */

export type PhotoFolders = { contentDir: string; publicDir: string };

export type PhotoSource =
  { ok: true; file: string; key: string } | { ok: false; reason: 'other-site' | 'not-a-photo' | 'outside' };

function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** `url` as written in the markdown (or a frontmatter field) of the file at `docPath` (below content/). */
export function resolvePhotoSource(url: string, docPath: string, folders: PhotoFolders): PhotoSource {
  const written = decoded(url.trim()).replace(/^<|>$/g, '');
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(written)) return { ok: false, reason: 'other-site' };
  if (!(photoExtensions as readonly string[]).includes(extname(written).toLowerCase())) {
    return { ok: false, reason: 'not-a-photo' };
  }
  const base = written.startsWith('/') ? folders.publicDir : join(folders.contentDir, posix.dirname(docPath));
  const file = resolve(base, `.${written.startsWith('/') ? '' : '/'}${written}`);
  const root = resolve(written.startsWith('/') ? folders.publicDir : folders.contentDir);
  if (!file.startsWith(`${root}/`)) return { ok: false, reason: 'outside' };
  return { ok: true, file, key: photoKey(file) };
}

/** How the photo manifest names a file: its path from the project folder. */
export function photoKey(file: string): string {
  return relative(process.cwd(), file).split('\\').join('/');
}
