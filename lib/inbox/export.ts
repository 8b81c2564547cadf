import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { csvRow } from '@/lib/format/csv';
import { isoDateTimeInZone } from '@/lib/format/dates';
import type { InboxFilter } from './filters';
import { filtered } from './submissions';

/*
 * The inbox's CSV export (docs/inbox.md): the submissions a filter shows, all of them, streamed in
 * batches read by their place in the list (never an offset, never the whole table in memory), with or
 * without contact details. Every cell a spreadsheet would take for a formula is made text (lib/format/csv).
 */

const BATCH = 1_000;

const columns = ['reference', 'created', 'language', 'kind', 'topic', 'territory', 'event', 'status', 'text'];
const answerColumns = ['question_kk', 'question_ru', 'answer_kk', 'answer_ru'];
const contactColumns = ['name', 'contact', 'contacts_deleted_after'];

export function exportCsv(
  db: Kysely<Database>,
  filter: InboxFilter,
  { withContacts }: { withContacts: boolean },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: { created_at: string; reference: string } | undefined;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        const header = [...columns, ...answerColumns, ...(withContacts ? contactColumns : [])];
        controller.enqueue(encoder.encode(`\ufeff${csvRow(header)}`));
        return;
      }
      let query = filtered(db.selectFrom('submissions'), filter)
        .leftJoin('answers', 'answers.reference', 'submissions.reference')
        .select([
          'submissions.reference',
          'submissions.created_at',
          'submissions.locale',
          'submissions.kind',
          'submissions.topic',
          'submissions.district',
          'submissions.event',
          'submissions.status',
          'submissions.body',
          'answers.question_kk',
          'answers.question_ru',
          'answers.answer_kk',
          'answers.answer_ru',
        ])
        .orderBy('submissions.created_at', 'desc')
        .orderBy('submissions.reference', 'desc')
        .limit(BATCH);
      if (after) {
        const { created_at, reference } = after;
        query = query.where((eb) =>
          eb.or([
            eb('submissions.created_at', '<', created_at),
            eb.and([eb('submissions.created_at', '=', created_at), eb('submissions.reference', '<', reference)]),
          ]),
        );
      }
      const rows = await (withContacts
        ? query
            .leftJoin('contacts', 'contacts.reference', 'submissions.reference')
            .select(['contacts.name', 'contacts.contact', 'contacts.delete_after'])
            .execute()
        : query.execute());
      let text = '';
      for (const row of rows) {
        const cells = [
          row.reference,
          isoDateTimeInZone(row.created_at),
          row.locale,
          row.kind,
          row.topic,
          row.district,
          row.event ?? '',
          row.status,
          row.body,
          row.question_kk ?? '',
          row.question_ru ?? '',
          row.answer_kk ?? '',
          row.answer_ru ?? '',
        ];
        if (withContacts) {
          const c = row as typeof row & { name: string | null; contact: string | null; delete_after: string | null };
          cells.push(c.name ?? '', c.contact ?? '', c.delete_after ? isoDateTimeInZone(c.delete_after) : '');
        }
        text += csvRow(cells);
      }
      if (text) controller.enqueue(encoder.encode(text));
      const last = rows.at(-1);
      if (rows.length < BATCH || !last) controller.close();
      else after = { created_at: last.created_at, reference: last.reference };
    },
  });
}
