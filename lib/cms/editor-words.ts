import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import type { SiteContent } from '@/lib/content/kinds';
import { entryNames, type EntryNames } from './entry-choices';
import { type PreviewDates, previewDates } from './preview-dates';
import type { WidgetWords } from './editor/widgets';

/*
 * /admin/words.json: what the editor's previews and widgets say that is the site's or the content's,
 * so that they say it as the site does: an entry's name instead of its code, a day as the pages write
 * it, an event's status in the site's words.
 */

export type EditorWords = WidgetWords & { dates: PreviewDates; names: EntryNames };

export function editorWords(content: SiteContent): EditorWords {
  const [k, r] = [kk.Events, ru.Events];
  return {
    dates: previewDates(),
    names: entryNames(content),
    plannedInPast: {
      kk: `Күні өтті ({day}), ал күйі әлі «${k.statusPlanned}». Іс-шара өтсе, «${k.statusHeld}» деп белгілеп, есеп мақаласын таңдаңыз; өтпесе — «${k.statusPostponed}» не «${k.statusCancelled}». Оған дейін сайт оны «${k.statusAwaitingReport}» деп көрсетеді.`,
      ru: `Дата прошла ({day}), а статус всё ещё «${r.statusPlanned}». Если мероприятие прошло, отметьте «${r.statusHeld}» и выберите статью-отчёт; если нет — «${r.statusPostponed}» или «${r.statusCancelled}». До тех пор сайт показывает его как «${r.statusAwaitingReport}».`,
    },
  };
}
