// npm run content:check [-- --content DIR --public DIR]: every problem in the content at once, as
// "file:line: message", exit 1 if there is any. Runs first in `npm run build`.
import { parseArgs } from 'node:util';
import { checkContentDir, formatFileProblem } from '@/lib/authoring/check-content';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
    public: { type: 'string', default: 'public' },
  },
});
const { problems, content } = await checkContentDir(values.content, values.public);

if (problems.length > 0) {
  for (const p of problems) console.error(formatFileProblem(p));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. See content/README.md for what each message means.`,
  );
  process.exit(1);
}
const drafts = content?.articles.filter((a) => a.draft) ?? [];
console.log(
  `Content OK: ${content?.articles.length ?? 0} article files (${drafts.length} draft${drafts.length === 1 ? '' : 's'}, not published: ${
    drafts.map((a) => a.sourcePath).join(', ') || 'none'
  }), ${content?.people.length ?? 0} people, ${content?.parties.length ?? 0} parties, ${content?.figures.length ?? 0} figures, ${content?.events.length ?? 0} events.`,
);
