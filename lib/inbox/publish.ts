import { randomBytes } from 'node:crypto';
import { createTranslator } from 'use-intl/core';
import { stringify } from 'yaml';
import { contentChoice } from '@/lib/feedback/form';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { type Backend, backendFromEnv } from '@/lib/cms/backend';
import { env } from '@/lib/env';
import { isoDateInZone } from '@/lib/format/dates';
import type { SubmissionDetail } from './submissions';

/*
 * Publishing an answer (docs/inbox.md) goes through the same review as an article: the inbox
 * writes the question and answer as a content file (content/questions/<id>.yaml) on a new
 * branch of the site's repository, through the git host's API, and opens a pull request (a merge
 * request on GitLab). The build, `content:check` and the press office's review treat it as any
 * content; merged, the nightly build puts it on the site. The file holds nothing personal: the
 * question as the press office wrote it for publication, the topic, territory and event, two days.
 * Its id is its own: the reference number lets its holder delete the message, so it is in no file,
 * branch, pull request or address.
 */

/** A content file as the inbox proposes it: where, on which branch, the pull request's title and text. */
export type Publication = { path: string; branch: string; title: string; description: string; content: string };

const ID_LETTERS = 'abcdefghjkmnpqrstvwxyz23456789';

const translate = {
  kk: createTranslator({ locale: 'kk', messages: kk, namespace: 'Publication' }),
  ru: createTranslator({ locale: 'ru', messages: ru, namespace: 'Publication' }),
};
/**
 * A pull request's title and text in both languages (messages/: Publication), for reviewers who read
 * either: the title on one line, the text in two paragraphs.
 */
export function publicationWords(
  title: { key: 'questionTitle'; values: { id: string } } | { key: 'reportTitle'; values: { kk: string; ru: string } },
  description: 'questionDescription' | 'reportDescription',
): Pick<Publication, 'title' | 'description'> {
  const [kkTitle, ruTitle] =
    title.key === 'questionTitle'
      ? [translate.kk('questionTitle', title.values), translate.ru('questionTitle', title.values)]
      : [
          translate.kk('reportTitle', { title: title.values.kk }),
          translate.ru('reportTitle', { title: title.values.ru }),
        ];
  return {
    title: `${kkTitle} / ${ruTitle}`,
    description: `${translate.kk(description)}\n\n${translate.ru(description)}`,
  };
}

/** A published file's public id: the day and 8 random letters ("2026-12-04-k7qmxdpt"), nothing of a reference. */
export function newPublicationId(now = new Date()): string {
  const letters = [...randomBytes(8)].map((b) => ID_LETTERS[b % ID_LETTERS.length]).join('');
  return `${isoDateInZone(now.toISOString())}-${letters}`;
}

/** The file of a published question: what content/questions/ holds (lib/content/kinds/questions.ts). */
export function questionFile(s: SubmissionDetail, id: string, now = new Date()): Publication {
  if (!s.answer) throw new Error('Only an answered submission is published');
  const data = {
    question: s.answer.question,
    answer: s.answer.answer,
    ...(contentChoice(s.topic) ? { topic: s.topic } : {}),
    ...(contentChoice(s.district) ? { district: s.district } : {}),
    ...(s.event ? { event: s.event } : {}),
    asked: isoDateInZone(s.created_at),
    answered: isoDateInZone(now.toISOString()),
  };
  return {
    path: `content/questions/${id}.yaml`,
    branch: `questions/${id}`,
    ...publicationWords({ key: 'questionTitle', values: { id } }, 'questionDescription'),
    content: stringify(data, { lineWidth: 0 }),
  };
}

export class PublishError extends Error {
  constructor(step: string, status: number) {
    super(`The git host refused ${step} (HTTP ${status})`);
    this.name = 'PublishError';
  }
}

/** The git host's API the token is for (lib/env.ts refuses a token without it): never a default address. */
function apiRoot(backend: Backend): string {
  if (!backend.api_root) throw new Error('CMS_API_ROOT is not set');
  return backend.api_root.replace(/\/+$/, '');
}

async function call(
  step: string,
  url: string,
  init: RequestInit & { token: string },
): Promise<Record<string, unknown>> {
  const { token, ...rest } = init;
  const response = await fetch(url, {
    ...rest,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new PublishError(step, response.status);
  return (await response.json()) as Record<string, unknown>;
}

/** Whether the inbox can open pull requests: a token of the git host is set. */
export const canPublish = () => Boolean(env().INBOX_PUBLISH_TOKEN);

/** Writes the file on its branch and opens the pull request; its address on the git host. */
export async function openPullRequest(publication: Publication, publishedBy: string): Promise<string> {
  const token = env().INBOX_PUBLISH_TOKEN;
  if (!token) throw new Error('INBOX_PUBLISH_TOKEN is not set');
  const backend = backendFromEnv();
  const root = apiRoot(backend);
  const body = `${publication.title}\n\n${publication.description}\n\n${publishedBy}`;
  const content = Buffer.from(publication.content, 'utf8').toString('base64');
  if (backend.name === 'gitlab') {
    const project = `${root}/projects/${encodeURIComponent(backend.repo)}`;
    await call('the commit', `${project}/repository/commits`, {
      token,
      method: 'POST',
      body: JSON.stringify({
        branch: publication.branch,
        start_branch: backend.branch,
        commit_message: publication.title,
        actions: [{ action: 'create', file_path: publication.path, content, encoding: 'base64' }],
      }),
    });
    const request = await call('the merge request', `${project}/merge_requests`, {
      token,
      method: 'POST',
      body: JSON.stringify({
        source_branch: publication.branch,
        target_branch: backend.branch,
        title: publication.title,
        description: body,
        remove_source_branch: true,
      }),
    });
    return String(request.web_url);
  }
  // Forgejo (and Gitea, GitHub-like): the file on a new branch in one call, then the pull request.
  const repo = `${root}/repos/${backend.repo}`;
  await call('the file', `${repo}/contents/${publication.path.split('/').map(encodeURIComponent).join('/')}`, {
    token,
    method: 'POST',
    body: JSON.stringify({
      content,
      message: publication.title,
      branch: backend.branch,
      new_branch: publication.branch,
    }),
  });
  const pull = await call('the pull request', `${repo}/pulls`, {
    token,
    method: 'POST',
    body: JSON.stringify({ head: publication.branch, base: backend.branch, title: publication.title, body }),
  });
  return String(pull.html_url);
}
