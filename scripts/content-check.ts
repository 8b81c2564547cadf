// npm run content:check [-- --annotations]: every problem in the content at once, each at its line, in
// Kazakh and Russian; exit 1 if there is an error (warnings alone pass). The report is also left in
// .generated/ for the bar of `npm run dev`; with --annotations (the pipeline, .github/workflows/site.yml)
// each problem is also written as a workflow command, which the pull request shows on the file's line.
// --build (the build and `npm run dev`): also the photos, and the checked documents for the pages;
// --watching (`npm run dev`): the pages keep finding the photos of the documents they had before.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { annotation, formatFileProblem, problemLines, REPORT_FILE, summary } from '@/lib/content-check/messages';
import { contentStep } from '@/lib/content-check/content-step';
import { contentDir } from '@/lib/env';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: contentDir() },
    public: { type: 'string', default: 'public' },
    annotations: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    watching: { type: 'boolean', default: false },
  },
});
const { problems, content, photos, written } = await contentStep({
  contentDir: values.content,
  publicDir: values.public,
  build: values.build,
  watching: values.watching,
});

const errors = problems.filter((p) => p.severity !== 'warning');
mkdirSync(dirname(REPORT_FILE), { recursive: true });
writeFileSync(REPORT_FILE, `${JSON.stringify(problems.map(problemLines), null, 1)}\n`);
if (problems.length > 0) {
  for (const p of problems) console.error(`${formatFileProblem(p)}\n`);
  // Workflow commands are read from standard output.
  if (values.annotations) for (const p of problems) console.log(annotation(p));
  const total = summary(errors.length, problems.length - errors.length, new Set(problems.map((p) => p.file)).size);
  console.error(`${total.kk}\n${total.ru}`);
}
if (photos) console.log(`Photos: ${photos.photos} (${photos.made} made) in ${photos.seconds.toFixed(1)} s`);
if (errors.length > 0) process.exit(1);

const articles = content?.news ?? [];
const drafts = articles.filter((a) => a.draft).map((a) => a.sourcePath);
console.log(
  [
    `Мазмұн дұрыс: ${articles.length} мақала файлы (жобалар, жарияланбайды: ${drafts.join(', ') || 'жоқ'}).`,
    `Содержимое в порядке: файлов статей ${articles.length} (черновики, не публикуются: ${drafts.join(', ') || 'нет'}).`,
    ...(written !== undefined ? [`Documents: ${written} written for the pages.`] : []),
  ].join('\n'),
);
