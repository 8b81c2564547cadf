import { inEveryLocale } from '@/i18n/routing';
import { sectionCardMetadata, sectionShareImage } from '@/lib/seo/share-image';

export const generateImageMetadata = sectionCardMetadata('Coalition');
export const generateStaticParams = () => inEveryLocale();

export default sectionShareImage('Coalition');
