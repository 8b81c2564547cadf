import { type Photo as PhotoData, type PhotoPlacement, pictureAttributes } from '@/lib/photos/variants';

/**
 * A photo as `<picture>`: AVIF and WebP variants, JPEG for the rest, with its size so that the page
 * does not move as it loads. (next/image would add an inline style, which the CSP refuses.) `priority`: the lead photo, fetched first; any other waits until it is
 * near the screen.
 */
export function Picture({
  photo,
  alt,
  placement,
  priority = false,
  className,
}: {
  photo: PhotoData;
  alt: string;
  placement: PhotoPlacement;
  priority?: boolean;
  className?: string;
}) {
  const { sources, img } = pictureAttributes(photo, placement);
  return (
    <picture>
      {sources.map((source) => (
        <source key={source.type} {...source} />
      ))}
      <img
        {...img}
        alt={alt}
        className={className}
        decoding={priority ? 'sync' : 'async'}
        {...(priority ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const })}
      />
    </picture>
  );
}

/** A photo with its credit under it, as in an article's text. */
export function Figure({
  photo,
  alt,
  credit,
  priority,
}: {
  photo: PhotoData;
  alt: string;
  credit: string;
  priority?: boolean;
}) {
  return (
    <figure className="photo">
      <Picture photo={photo} alt={alt} placement="column" priority={priority} />
      <figcaption>{credit}</figcaption>
    </figure>
  );
}
