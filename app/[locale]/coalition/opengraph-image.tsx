import { sectionShareImage } from '@/lib/share-image';

export {
  shareImageAlt as alt,
  shareImageSize as size,
  shareImageType as contentType,
  localeParams as generateStaticParams,
} from '@/lib/share-image';

export default sectionShareImage('Coalition');
