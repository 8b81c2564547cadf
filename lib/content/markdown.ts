import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { paragraphAnchor } from './source-text';


/**
 * Numbers the top-level paragraphs so that figures and other pages can link to the exact
 * paragraph that states a fact. Runs after sanitizing, so the ids are ours, not the author's.
 */
function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p') {
        n += 1;
        (node as Element).properties = { ...node.properties, id: paragraphAnchor(n) };
      }
    }
  };
}

// GitHub's schema: no script, style, iframe, event handlers or javascript: URLs. Raw HTML is parsed
// (rehype-raw) first so that what is safe in it survives instead of being dropped silently.
const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

/** The one markdown pipeline: Contentlayer builds article HTML with it, tests call it directly. */
export function configureMarkdown(builder: Processor): void {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeParagraphAnchors)
    .use(rehypeStringify);
}

export async function renderMarkdown(markdown: string): Promise<string> {
  const builder = unified() as unknown as Processor;
  configureMarkdown(builder);
  return String(await builder.process(markdown));
}
