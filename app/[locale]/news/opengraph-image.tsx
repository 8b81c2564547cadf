import { inEveryLocale } from '@/i18n/routing';
import { sectionCardMetadata, sectionShareImage } from '@/lib/seo/share-image';

export const generateImageMetadata = sectionCardMetadata('News');
export const generateStaticParams = () => inEveryLocale();

export default sectionShareImage('News');
