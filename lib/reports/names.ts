import type { Localized } from '@/lib/content/fields';
import type { District, Topic } from '@/lib/content/kinds';
import { outcomeLabel, type ReportOutcome } from '@/lib/content/kinds/reports';
import { OTHER, UNCHOSEN } from '@/lib/feedback/form';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

/** The groups of a report's figures: the four ways it counts messages. */
export type FigureGroup = 'kind' | 'topic' | 'district' | 'outcome';

const words = (pick: (m: typeof kk) => string): Localized => ({ kk: pick(kk), ru: pick(ru as typeof kk) });

/** What each group's keys are called, in both languages, from the content's names and the site's words. */
export function figureNames(content: { topics: readonly Topic[]; districts: readonly District[] }) {
  const topics = new Map(content.topics.map((t) => [t.id, t.name]));
  const districts = new Map(content.districts.map((d) => [d.id, d.name]));
  return (group: FigureGroup, key: string): Localized => {
    if (group === 'outcome') return outcomeLabel(key as ReportOutcome);
    if (group === 'kind') return words((m) => m.Feedback.kinds[key as 'question'] ?? key);
    if (key === UNCHOSEN) return words((m) => m.Feedback.notChosen);
    if (group === 'topic')
      return topics.get(key) ?? (key === OTHER ? words((m) => m.Feedback.topicOther) : { kk: key, ru: key });
    return districts.get(key) ?? (key === OTHER ? words((m) => m.Feedback.districtOther) : { kk: key, ru: key });
  };
}
