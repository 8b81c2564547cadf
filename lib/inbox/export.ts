import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { csvRow } from '@/lib/format/csv';
import { cacheControl } from '@/lib/http/headers';
import { audit } from './audit';
import type { Signed } from './request';
import type { InboxFilter } from './filters';
import { filtered } from './submissions';
import type { View } from './views/view';

/*
 * The inbox's CSV export (docs/inbox.md): the submissions a filter shows, all of them, streamed in
 * batches read by their place in the list (never an offset, never the whole table in memory), with or
 * without contact details. Every cell a spreadsheet would take for a formula is made text (lib/format/csv).
 * Staff read it in the inbox's language, column names and values alike; the codes behind the words
 * follow in columns of their own, for a program that sorts or joins by them.
 */

const BATCH = 1_000;

function header({ t }: View, withContacts: boolean): string[] {
  const code = (column: string) => t('csv.code', { column });
  return [
    ...(['reference', 'received', 'language', 'kind', 'topic', 'district', 'event', 'status', 'text'] as const).map(
      (c) => t(c),
    ),
    ...(['questionKk', 'questionRu', 'answerKk', 'answerRu'] as const).map((c) => t(c)),
    ...(withContacts ? [t('name'), t('contact'), t('csv.contactsDeletedAfter')] : []),
    ...(['kind', 'topic', 'district', 'event', 'status'] as const).map((c) => code(t(c))),
  ];
}

export function exportCsv(
  db: Kysely<Database>,
  filter: InboxFilter,
  { withContacts, view }: { withContacts: boolean; view: View },
): ReadableStream<Uint8Array> {
  const { t, names } = view;
  const encoder = new TextEncoder();
  let after: { created_at: string; reference: string } | undefined;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\ufeff${csvRow(header(view, withContacts))}`));
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
          view.when(row.created_at),
          t(`csv.languages.${row.locale as 'kk'}`),
          names.kind(row.kind),
          names.topic(row.topic),
          names.district(row.district),
          row.event ? names.event(row.event) : '',
          names.status(row.status),
          row.body,
          row.question_kk ?? '',
          row.question_ru ?? '',
          row.answer_kk ?? '',
          row.answer_ru ?? '',
        ];
        if (withContacts) {
          const c = row as typeof row & { name: string | null; contact: string | null; delete_after: string | null };
          cells.push(c.name ?? '', c.contact ?? '', c.delete_after ? view.day(c.delete_after) : '');
        }
        cells.push(row.kind, row.topic, row.district, row.event ?? '', row.status);
        text += csvRow(cells);
      }
      if (text) controller.enqueue(encoder.encode(text));
      const last = rows.at(-1);
      if (rows.length < BATCH || !last) controller.close();
      else after = { created_at: last.created_at, reference: last.reference };
    },
  });
}

/** The CSV of what a filter shows, recorded in the audit log with the filter (never its search words). */
export async function exportResponse(signed: Signed, filter: InboxFilter, withContacts: boolean): Promise<Response> {
  const { name, subject, role } = signed.session;
  // Search words are often a name or a phone: the log keeps only that there were some ("q=").
  const shown = Object.entries(filter)
    .filter(([, v]) => v)
    .map(([field, v]) => [field, field === 'q' ? '' : String(v)]);
  await audit(signed.db, { name, subject, role }, withContacts ? 'export-with-contacts' : 'export', {
    detail: new URLSearchParams(shown).toString() || null,
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(exportCsv(signed.db, filter, { withContacts, view: signed.view }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="inbox-${day}${withContacts ? '-contacts' : ''}.csv"`,
      'Cache-Control': cacheControl.private,
      'X-Robots-Tag': 'noindex',
    },
  });
}
