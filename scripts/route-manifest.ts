// Writes the route manifest (lib/route-manifest.ts) from the compiled content, for `npm run dev` and
// the type check; `npm run build` has content:check write it. Importing lib/content also validates
// all content, so a bad file stops here with file and field.
import { getSiteContent } from '@/lib/content';
import { writeRouteManifest } from '@/lib/route-manifest';

console.log(`Route manifest: ${writeRouteManifest(getSiteContent())} pages`);
