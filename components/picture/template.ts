import type { Element } from 'hast';
import { h } from 'hastscript';
import { type Photo, type PhotoPlacement, pictureAttributes } from '@/lib/photos/variants';

/*
 * A photo as `<picture>`: AVIF and WebP variants, JPEG for the rest, with its size so that the page does
 * not move as it loads (next/image would add an inline style, which the CSP refuses). The pages
 * (components/Photo.tsx) and the markdown of articles (lib/content/markdown.ts) both draw it here.
 */

export type PictureOptions = {
  photo: Photo;
  alt: string;
  placement: PhotoPlacement;
  /** The lead photo: fetched first. Any other waits until it is near the screen. */
  priority?: boolean;
  className?: string;
};

export function picture({ photo, alt, placement, priority = false, className }: PictureOptions): Element {
  const { sources, img } = pictureAttributes(photo, placement);
  return h('picture', [
    ...sources.map((source) => h('source', { type: source.type, srcSet: source.srcSet, sizes: source.sizes })),
    h('img', {
      ...img,
      alt,
      className,
      decoding: priority ? 'sync' : 'async',
      ...(priority ? { fetchPriority: 'high' } : { loading: 'lazy' }),
    }),
  ]);
}

/** A photo with its credit under it, as in an article's text. */
export function figure(
  options: Omit<PictureOptions, 'placement'> & { credit?: Element['children'] | string },
): Element {
  const { credit, ...rest } = options;
  return h('figure', { className: 'photo' }, [
    picture({ ...rest, placement: 'column' }),
    ...(credit === undefined || credit.length === 0 ? [] : [h('figcaption', credit)]),
  ]);
}
