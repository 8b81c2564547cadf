import { inEveryLocale } from '@/i18n/routing';
import { sectionCardMetadata, sectionShareImage } from '@/lib/seo/share-image';

export const generateImageMetadata = sectionCardMetadata('People');
export const generateStaticParams = () => inEveryLocale();

export default sectionShareImage('People');
