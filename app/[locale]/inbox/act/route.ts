import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { localePath, routing } from '@/i18n/routing';
import { forgetSubmission } from '@/lib/feedback/store';
import { crossSite, readForm, refuseCrossSite, refusePost } from '@/lib/http/form-post';
import { ANSWER_LIMIT, INBOX_BODY_BYTES, readAnswer } from '@/lib/inbox/answer-form';
import { audit } from '@/lib/inbox/audit';
import { exportCsv } from '@/lib/inbox/export';
import { readFilter } from '@/lib/inbox/filters';
import { canPublish, openPullRequest, questionFile } from '@/lib/inbox/publish';
import { allowed, forbidden, seeOther, signedIn, guarded } from '@/lib/inbox/request';
import { inboxHeaders, signInPage } from '@/lib/inbox/respond';
import { clearCookie, csrfMatches, endSession, openSessions, SESSION_COOKIE } from '@/lib/inbox/sessions';
import {
  contactsOf,
  markPublished,
  saveAnswer,
  setStatus,
  settableStatuses,
  submissionOf,
} from '@/lib/inbox/submissions';
import { auditLogPage, listPage, submissionPage } from '@/lib/inbox/pages';
import { readReference } from '@/lib/feedback/reference';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-dynamic';

/**
 * /{locale}/inbox/act: every form of the inbox (README: the inbox). Each carries its session's token
 * (CSRF) and its intent; each intent checks the role, and what touches personal data or the public
 * site is written to the audit log.
 */
export const POST = guarded(async (request: NextRequest, { params }: RouteContext<'/[locale]/inbox/act'>) => {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  if (crossSite(request)) return refuseCrossSite(locale);
  const form = await readForm(request, locale, INBOX_BODY_BYTES);
  if (form instanceof Response) return form;
  const signed = await signedIn(request, locale);
  if (signed instanceof Response) return signed;
  const origin = request.nextUrl.origin;
  const { db, session, view } = signed;
  if (!csrfMatches(session, form.get('csrf'))) return forbidden(signed, origin, '/inbox', 'csrf');
  const actor = { name: session.name, subject: session.subject, role: session.role };
  const intent = form.get('intent');
  const reference = readReference(form.get('reference') ?? '');
  const detail = (ref: string, done: string) =>
    seeOther(`${localePath(locale, path('/inbox/[reference]', { reference: ref }))}?done=${done}`);

  switch (intent) {
    case 'sign-out': {
      await endSession(db, session.idHash);
      await audit(db, actor, 'sign-out');
      return signInPage(locale, origin, 'signedOut', {
        status: 200,
        headers: { 'Set-Cookie': clearCookie(SESSION_COOKIE) },
      });
    }
    case 'status': {
      if (!allowed(signed, 'answer')) return forbidden(signed, origin, '/inbox');
      const status = settableStatuses.find((s) => s === form.get('status'));
      if (!reference || !status) return refusePost(locale, 400);
      if (!(await setStatus(db, reference, status))) return submissionPage(signed, origin, reference);
      await audit(db, actor, 'status', { reference, detail: status });
      return detail(reference, 'status');
    }
    case 'answer': {
      if (!allowed(signed, 'answer')) return forbidden(signed, origin, '/inbox');
      if (!reference) return refusePost(locale, 400);
      const read = readAnswer(form);
      if (!read.ok)
        return submissionPage(signed, origin, reference, {
          draft: read.draft,
          answerProblem: view.t('answerMissing', { limit: ANSWER_LIMIT }),
          status: 422,
        });
      if (!(await submissionOf(db, reference))) return submissionPage(signed, origin, reference);
      await saveAnswer(db, reference, read.value, session.name);
      await audit(db, actor, 'answer', { reference });
      return detail(reference, 'answer');
    }
    case 'publish': {
      if (!allowed(signed, 'answer')) return forbidden(signed, origin, '/inbox');
      if (!reference) return refusePost(locale, 400);
      const submission = await submissionOf(db, reference);
      if (!submission?.answer || !canPublish()) return submissionPage(signed, origin, reference);
      try {
        const url = await openPullRequest(questionFile(submission), session.name);
        await markPublished(db, reference, url);
        await audit(db, actor, 'publish', { reference, detail: url });
        return detail(reference, 'publish');
      } catch (error) {
        console.error(`inbox: publishing failed (${error instanceof Error ? error.message : 'error'})`);
        return submissionPage(signed, origin, reference, {
          message: { text: view.t('publishFailed'), kind: 'alert' },
          status: 502,
        });
      }
    }
    case 'contacts': {
      if (!allowed(signed, 'contacts')) return forbidden(signed, origin, '/inbox');
      if (!reference) return refusePost(locale, 400);
      const contacts = await contactsOf(db, reference);
      if (contacts) await audit(db, actor, 'contacts-viewed', { reference });
      return submissionPage(signed, origin, reference, contacts ? { contacts } : {});
    }
    case 'delete': {
      if (!allowed(signed, 'delete')) return forbidden(signed, origin, '/inbox');
      if (!reference || form.get('confirm') !== 'yes') return refusePost(locale, 400);
      if (!(await forgetSubmission(db, reference))) return submissionPage(signed, origin, reference);
      await audit(db, actor, 'delete', { reference });
      return listPage(signed, origin, { filter: {}, page: 1, message: view.t('deleted', { reference }) });
    }
    case 'export':
    case 'export-with-contacts': {
      const withContacts = intent === 'export-with-contacts';
      if (!allowed(signed, withContacts ? 'contacts' : 'export')) return forbidden(signed, origin, '/inbox');
      for (const name of ['csrf', 'intent']) form.delete(name);
      const asked = readFilter(form);
      if (!asked) return refusePost(locale, 400);
      await audit(db, actor, withContacts ? 'export-with-contacts' : 'export', {
        detail:
          new URLSearchParams(Object.entries(asked.filter).filter(([, v]) => v) as [string, string][]).toString() ||
          null,
      });
      const day = new Date().toISOString().slice(0, 10);
      return new Response(exportCsv(db, asked.filter, { withContacts }), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="inbox-${day}${withContacts ? '-contacts' : ''}.csv"`,
          'Cache-Control': inboxHeaders['Cache-Control'],
          'X-Robots-Tag': 'noindex',
        },
      });
    }
    case 'end-session': {
      if (!allowed(signed, 'audit')) return forbidden(signed, origin, '/inbox/audit');
      const target = form.get('session') ?? '';
      const ended = (await openSessions(db)).find((s) => s.id_hash === target);
      if (ended && (await endSession(db, target))) await audit(db, actor, 'session-ended', { detail: ended.name });
      if (target === session.idHash)
        return signInPage(locale, origin, 'signedOut', {
          status: 200,
          headers: { 'Set-Cookie': clearCookie(SESSION_COOKIE) },
        });
      return auditLogPage(signed, origin, { page: 1, message: view.t('saved') });
    }
    default:
      return refusePost(locale, 400);
  }
});
