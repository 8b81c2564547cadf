import type { Element, ElementContent, Root } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import type { Root as MdRoot, Image, PhrasingContent, Text } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type Processor, unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { type PhotoLookup, writtenUrl } from '@/lib/photos/manifest';
import { figure } from '@/components/picture/markup';
import { paragraphAnchor } from './source-text';

/*
 * The one markdown pipeline: Contentlayer builds article HTML with it, content:check and the photo
 * build read articles with it. A photo is a paragraph holding only an image, with its credit ("Сурет:
 * …", "Фото: …") in the same paragraph or the next: it becomes a <figure>, the credit its
 * <figcaption>, and the image a <picture> of the variants the photo build made. Only text paragraphs
 * are numbered (#p-N), so adding a photo, a credit, a heading or a list shifts no citation.
 */

/** A photo found in a document, for the checks and the photo build. */
export type FoundPhoto = { url: string; alt: string; credit?: string; line?: number };

/** What starts a credit line under a photo. */
export const CREDIT = /^\s*(Сурет|Фото|Photo)\s*:/iu;

/**
 * `![alt](WhatsApp Image 2026-03-01.jpeg)`: markdown does not read a file name with spaces as an
 * address, and would print the text as it is. Such images are read as images all the same.
 */
export function remarkLooseImages() {
  const pattern = /!\[([^\]]*)\]\(([^()]*?\.(?:jpe?g|png|webp|heic|heif))\)/giu;
  return (tree: MdRoot) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !pattern.test(node.value)) return;
      pattern.lastIndex = 0;
      const parts: PhrasingContent[] = [];
      let from = 0;
      for (const match of node.value.matchAll(pattern)) {
        if (match.index > from) parts.push({ type: 'text', value: node.value.slice(from, match.index) });
        parts.push({ type: 'image', url: match[2] ?? '', alt: match[1] ?? '', position: node.position } as Image);
        from = match.index + match[0].length;
      }
      if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';
const isImage = (node: ElementContent | undefined): node is Element => node?.type === 'element' && node.tagName === 'img';

/** A top-level paragraph that is a photo: its image, and the credit written in the same paragraph. */
function photoParagraph(node: Root['children'][number]) {
  if (node.type !== 'element' || node.tagName !== 'p') return undefined;
  const children = node.children.filter((c) => !isBlank(c));
  const [image, ...rest] = children;
  if (!isImage(image)) return undefined;
  const caption = rest.filter((c) => !(c.type === 'element' && c.tagName === 'br'));
  // The line break between the image and its credit is not part of the credit.
  const [first] = caption;
  if (first?.type === 'text') caption[0] = { ...first, value: first.value.replace(/^\s+/, '') };
  const text = caption.map((c) => hastText(c)).join('');
  if (caption.length > 0 && !CREDIT.test(text)) return undefined;
  return { image, caption };
}

type FigureOptions = { photos?: PhotoLookup };

function rehypeFigures({ photos }: FigureOptions) {
  return (tree: Root, file: VFile) => {
    const docPath = (file.data.rawDocumentData as { sourceFilePath?: string } | undefined)?.sourceFilePath ?? '';
    const found: FoundPhoto[] = [];
    const children = tree.children;
    for (let i = 0; i < children.length; i++) {
      const photo = photoParagraph(children[i]!);
      if (!photo) continue;
      let caption = photo.caption;
      // The credit on the next paragraph (after a blank line) belongs to the photo.
      let next = i + 1;
      while (children[next]?.type === 'text' && (children[next] as { value: string }).value.trim() === '') next++;
      const following = children[next];
      if (caption.length === 0 && following?.type === 'element' && following.tagName === 'p' && CREDIT.test(hastText(following))) {
        caption = following.children;
        children.splice(i + 1, next - i);
      }
      const url = writtenUrl(String(photo.image.properties.src ?? ''));
      const alt = String(photo.image.properties.alt ?? '');
      const credit = caption.map((c) => hastText(c)).join('').trim() || undefined;
      found.push({ url, alt, credit, line: photo.image.position?.start.line });
      const made = photos?.(url, docPath);
      const image = { type: 'element', tagName: 'img', properties: { src: url, alt }, children: [] } as Element;
      children[i] = made
        ? figure({ photo: made, alt, credit: credit ? caption : undefined })
        : ({
            type: 'element',
            tagName: 'figure',
            properties: { className: ['photo'] },
            children: [image, ...(credit ? [{ type: 'element', tagName: 'figcaption', properties: {}, children: caption } as Element] : [])],
          } as Element);
    }
    file.data.photos = found;
  };
}

/** Numbers the top-level text paragraphs, so that other pages can link to the paragraph that states a fact. */
function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p') {
        n += 1;
        node.properties = { ...node.properties, id: paragraphAnchor(n) };
      }
    }
  };
}

// GitHub's schema: no script, style, iframe, event handlers or javascript: URLs. Raw HTML is parsed
// (rehype-raw) first so that what is safe in it survives instead of being dropped silently. The
// figures and the anchors are made after it: they are ours, not the author's.
const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

export function configureMarkdown(builder: Processor, options: FigureOptions = {}): void {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkLooseImages)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeFigures, options)
    .use(rehypeParagraphAnchors)
    .use(rehypeStringify);
}

/** The HTML of a markdown text (of the file at `sourceFilePath` below content/), and the photos in it. */
export async function renderMarkdown(
  markdown: string,
  { sourceFilePath = '', photos }: { sourceFilePath?: string; photos?: PhotoLookup } = {},
): Promise<{ html: string; photos: FoundPhoto[] }> {
  const builder = unified() as unknown as Processor;
  builder.use(() => (_: unknown, file: VFile) => {
    file.data.rawDocumentData = { sourceFilePath };
  });
  configureMarkdown(builder, { photos });
  const file = await builder.process(markdown);
  return { html: String(file), photos: (file.data.photos as FoundPhoto[] | undefined) ?? [] };
}
