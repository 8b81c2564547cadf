import { stringify } from 'yaml';
import type { Figures, ReportItem } from '@/lib/content/kinds/reports';
import type { Localized } from '@/lib/content/fields';
import type { Publication } from '@/lib/inbox/publish';

/** A report as the inbox proposes it: content/reports/<id>.yaml, reviewed on the git host like an article. */
export function reportFile(
  id: string,
  report: { title: Localized; from: string; to: string; counted: string; figures: Figures; items: ReportItem[] },
): Publication {
  return {
    path: `content/reports/${id}.yaml`,
    branch: `reports/${id}`,
    title: `Есеп / Отчёт: ${report.title.kk} / ${report.title.ru}`,
    description:
      'Хабарламалар бөлімінен: сандар дерекқордан санақ күні алынды, 5-тен аз топтар көрсетілмейді; ұсыныстар — баспасөз қызметі жариялауға арнап жазған мәтіндер.\n\nИз раздела сообщений: цифры взяты из базы в день подсчёта, группы меньше 5 не показаны; предложения — тексты, написанные пресс-службой для публикации.',
    content: stringify(report, { lineWidth: 0 }),
  };
}
