import { Hast } from './Hast';
import { figure, picture, type PictureOptions } from './picture/markup';

/** A photo as `<picture>` (components/picture/markup.tsx). */
export function Picture(props: PictureOptions) {
  return <Hast tree={picture(props)} />;
}

/** A photo with its credit under it, as in an article's text. */
export function Figure({ credit, ...props }: Omit<PictureOptions, 'placement'> & { credit: string }) {
  return <Hast tree={figure({ ...props, credit })} />;
}
