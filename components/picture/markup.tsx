/** @jsxImportSource hastscript */
import { element } from '@/lib/markup';
import type { Element } from 'hast';
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
  return element(
    <picture>
      {sources.map((source) => (
        <source type={source.type} srcSet={source.srcSet} sizes={source.sizes} />
      ))}
      <img
        {...img}
        alt={alt}
        className={className}
        decoding={priority ? 'sync' : 'async'}
        {...(priority ? { fetchPriority: 'high' } : { loading: 'lazy' })}
      />
    </picture>,
  );
}

/** A photo with its credit under it, as in an article's text. */
export function figure(
  options: Omit<PictureOptions, 'placement'> & { credit?: Element['children'] | string },
): Element {
  const { credit, ...rest } = options;
  return element(
    <figure className="photo">
      {picture({ ...rest, placement: 'column' })}
      {credit === undefined || credit.length === 0 ? undefined : <figcaption>{credit}</figcaption>}
    </figure>,
  );
}
