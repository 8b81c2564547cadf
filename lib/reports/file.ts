import { stringify } from 'yaml';
import type { Figures, ReportItem } from '@/lib/content/kinds/reports';
import type { Localized } from '@/lib/content/fields';
import { type Publication, publicationWords } from '@/lib/inbox/publish';

/** A report as the inbox proposes it: content/reports/<id>.yaml, reviewed on the git host like an article. */
export function reportFile(
  id: string,
  report: { title: Localized; from: string; to: string; counted: string; figures: Figures; items: ReportItem[] },
): Publication {
  return {
    path: `content/reports/${id}.yaml`,
    branch: `reports/${id}`,
    ...publicationWords({ key: 'reportTitle', values: report.title }, 'reportDescription'),
    content: stringify(report, { lineWidth: 0 }),
  };
}
