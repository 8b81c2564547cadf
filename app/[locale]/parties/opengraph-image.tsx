import { inEveryLocale } from '@/i18n/routing';
import { sectionCardMetadata, sectionShareImage } from '@/lib/seo/share-image';

export const generateImageMetadata = sectionCardMetadata('Parties');
export const generateStaticParams = () => inEveryLocale();

export default sectionShareImage('Parties');
