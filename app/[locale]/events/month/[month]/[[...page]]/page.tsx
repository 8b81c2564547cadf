import { filterRoute } from '../../../listing';

const route = filterRoute('month');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
