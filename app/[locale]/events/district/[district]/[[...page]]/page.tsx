import { filterRoute } from '../../../listing';

const route = filterRoute('district');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
