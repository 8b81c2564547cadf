import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAnswer } from '@/lib/inbox/answer-form';
import { filterQuery, readFilter } from '@/lib/inbox/filters';
import { newPublicationId, questionFile } from '@/lib/inbox/publish';
import { can, roleOf } from '@/lib/inbox/roles';
import { NextRequest } from 'next/server';
import { cookieHeader, readCookie } from '@/lib/inbox/sessions';
import type { SubmissionDetail } from '@/lib/inbox/submissions';

const members = { reader: ['org:readers'], editor: ['org:editors'], admin: ['org'] };

describe('the inbox', () => {
  it('gives the highest role of the groups an account is in, and none outside them', () => {
    expect(roleOf(['org:readers'], members)).toBe('reader');
    expect(roleOf(['org:readers', 'org'], members)).toBe('admin');
    expect(roleOf(['elsewhere', 'org:editors'], members)).toBe('editor');
    expect(roleOf(['org:readers-old', 'Org'], members)).toBeUndefined();
    expect(roleOf([], members)).toBeUndefined();
  });

  it('lets each role do what the README says', () => {
    expect(
      ['read', 'answer', 'export', 'contacts', 'delete', 'audit'].filter((p) => can('reader', p as 'read')),
    ).toEqual(['read']);
    expect(
      ['read', 'answer', 'export', 'contacts', 'delete', 'audit'].filter((p) => can('editor', p as 'read')),
    ).toEqual(['read', 'answer', 'export']);
    expect(
      ['read', 'answer', 'export', 'contacts', 'delete', 'audit'].filter((p) => can('admin', p as 'read')),
    ).toEqual(['read', 'answer', 'export', 'contacts', 'delete', 'audit']);
  });

  it('reads a filter from its address, and refuses what it cannot show', () => {
    const read = readFilter(new URLSearchParams('status=new&district=aral&q=%20жол%20&from=2026-12-01&page=3'));
    expect(read).toEqual({ filter: { status: 'new', district: 'aral', q: 'жол', from: '2026-12-01' }, page: 3 });
    expect(filterQuery(read!.filter, 2)).toBe('?status=new&district=aral&from=2026-12-01&q=%D0%B6%D0%BE%D0%BB&page=2');
    expect(readFilter(new URLSearchParams('status='))).toEqual({ filter: {}, page: 1 });
    // Days as staff type them (дд.мм.гггг), kept in the address as ISO days.
    expect(readFilter(new URLSearchParams('from=1.12.2026&to=05.12.2026'))).toEqual({
      filter: { from: '2026-12-01', to: '2026-12-05' },
      page: 1,
    });
    for (const bad of [
      'from=30.02.2026',
      'to=12/05/2026',
      'status=<script>',
      'district=../x',
      'from=2026-02-30',
      'page=0',
      'page=x',
      'q=' + 'a'.repeat(201),
      'other=1',
      'status=new&status=spam',
    ])
      expect(readFilter(new URLSearchParams(bad)), bad).toBeUndefined();
  });

  it('takes an answer only with all four texts, each within its limit', () => {
    const form = new URLSearchParams({
      question_kk: ' С\r\n2 ',
      question_ru: 'В',
      answer_kk: 'Ж\u0007',
      answer_ru: 'О',
    });
    expect(readAnswer(form)).toEqual({
      ok: true,
      value: { question: { kk: 'С\n2', ru: 'В' }, answer: { kk: 'Ж', ru: 'О' } },
    });
    form.set('answer_ru', ' ');
    expect(readAnswer(form)).toMatchObject({ ok: false, draft: { answer_ru: '' } });
    form.set('answer_ru', 'о'.repeat(4001));
    expect(readAnswer(form).ok).toBe(false);
    // Counted as a reader counts: 4,000 emoji are 4,000 characters (8,000 UTF-16 units).
    form.set('answer_ru', '🙂'.repeat(4000));
    expect(readAnswer(form).ok).toBe(true);
  });

  it('publishes the question as the press office wrote it, nothing of the resident', () => {
    const submission = {
      reference: 'K7QM-2XDA-9PTB',
      created_at: '2026-11-30T20:00:00.000Z',
      locale: 'kk',
      kind: 'question',
      topic: 'other',
      district: 'aral',
      event: null,
      body: 'Мен Асан, телефоным +77012345678. Сұрағым: …',
      status: 'answered',
      held_reason: null,
      hasContact: true,
      delete_after: '2027-11-30T20:00:00.000Z',
      published_at: null,
      publication_url: null,
      publication_id: null,
      answer: {
        question: { kk: 'Сұрақ: "жол"?', ru: 'Вопрос: «дорога»?' },
        answer: { kk: 'Жауап', ru: 'Ответ' },
        by: 'Редактор',
        at: '2026-12-01T05:00:00.000Z',
      },
    } as SubmissionDetail;
    const now = new Date('2026-12-02T04:00:00Z');
    const id = newPublicationId(now);
    // Its own id: the day and random letters, nothing of the reference (which deletes the message).
    expect(id).toMatch(/^2026-12-02-[a-z2-9]{8}$/);
    expect(newPublicationId(now)).not.toBe(id);
    const file = questionFile(submission, id, now);
    expect(file.path).toBe(`content/questions/${id}.yaml`);
    expect(file.branch).toBe(`questions/${id}`);
    for (const text of [file.path, file.branch, file.title, file.content])
      expect(text.toUpperCase().replace(/[^0-9A-Z]/g, '')).not.toContain('K7QM2XDA9PTB');
    // Days in Kyzylorda: 20:00 UTC on 30 November is 1 December there.
    expect(parse(file.content)).toEqual({
      question: { kk: 'Сұрақ: "жол"?', ru: 'Вопрос: «дорога»?' },
      answer: { kk: 'Жауап', ru: 'Ответ' },
      district: 'aral',
      asked: '2026-12-01',
      answered: '2026-12-02',
    });
    expect(file.content).not.toMatch(/Асан|77012345678|Редактор/);
  });

  it('sets its cookies for this site alone, over HTTPS, out of scripts’ reach', () => {
    expect(cookieHeader('__Host-inbox', 'abc')).toBe('__Host-inbox=abc; Path=/; Secure; HttpOnly; SameSite=lax');
    expect(cookieHeader('__Host-inbox', '', 0)).toBe(
      '__Host-inbox=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=lax',
    );
    const request = (cookie: string) => new NextRequest('http://localhost/kk/inbox', { headers: { cookie } });
    expect(readCookie(request('a=1; __Host-inbox=abc=; b=2'), '__Host-inbox')).toBe('abc=');
    expect(readCookie(request('x__Host-inbox=1'), '__Host-inbox')).toBeUndefined();
  });
});
