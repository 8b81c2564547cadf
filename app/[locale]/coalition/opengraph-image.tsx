import { inEveryLocale } from '@/i18n/routing';
import { sectionShareImage } from '@/lib/seo/share-image';

export { shareImageAlt as alt, shareImageSize as size, shareImageType as contentType } from '@/lib/seo/share-image';
export const generateStaticParams = () => inEveryLocale();

export default sectionShareImage('Coalition');
