import { newStamp, readStamp } from '@/lib/feedback/stamp';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { fillForm, fillSummary } from '@/lib/feedback/fill';
import { type Choices, readContact, readFeedback, TEXT_LIMIT } from '@/lib/feedback/form';
import { cleanText } from '@/lib/http/form-text';
import { newReference, readReference } from '@/lib/feedback/reference';

const choices: Choices = { topics: ['zan-ustemdigi'], districts: ['aral'], events: new Set(['e1']), contacts: true };
const form = (fields: Record<string, string>) => new URLSearchParams({ intent: 'send', ...fields });

describe("the residents' form, as the server reads it", () => {
  it('takes a message with nothing personal, with "not chosen" apart from "other"', () => {
    const read = readFeedback(form({ text: '  Сұрақ бар.\r\n' }), choices);
    expect(read).toMatchObject({
      ok: true,
      value: { kind: 'question', topic: 'none', district: 'none', text: 'Сұрақ бар.', name: null, contact: null },
    });
    expect(readFeedback(form({ text: 'Сұрақ', topic: 'other', district: 'aral' }), choices)).toMatchObject({
      value: { topic: 'other', district: 'aral' },
    });
  });

  it('takes an offer to volunteer only where the page can take a contact to answer it by', () => {
    const volunteer = form({ kind: 'volunteer', text: 'Көмектескім келеді' });
    expect(readFeedback(volunteer, choices)).toMatchObject({ ok: true, value: { kind: 'volunteer' } });
    expect(readFeedback(volunteer, { ...choices, contacts: false })).toMatchObject({
      ok: false,
      problems: { kind: 'kind' },
    });
  });

  it('names each problem by its field', () => {
    const read = readFeedback(
      form({ kind: 'x', topic: 'nope', district: 'nope', text: '', contact: 'not a contact', name: 'Асан' }),
      choices,
    );
    expect(read).toMatchObject({
      ok: false,
      problems: {
        kind: 'kind',
        topic: 'topic',
        district: 'district',
        text: 'textMissing',
        contact: 'contactInvalid',
        consent: 'consentMissing',
      },
    });
    expect(readFeedback(form({ text: 'ә'.repeat(TEXT_LIMIT + 1) }), choices)).toMatchObject({
      problems: { text: 'textTooLong' },
    });
    expect(readFeedback(form({ text: 'ә'.repeat(TEXT_LIMIT) }), choices).ok).toBe(true);
  });

  it('asks consent for a name or a contact, and keeps neither where no operator is named', () => {
    const given = form({ text: 'x', name: 'Асан', contact: '8 (701) 234-56-78', consent: 'yes' });
    expect(readFeedback(given, choices)).toMatchObject({ ok: true, value: { name: 'Асан', contact: '+77012345678' } });
    expect(readFeedback(given, { ...choices, contacts: false })).toMatchObject({
      ok: true,
      value: { name: null, contact: null },
    });
  });

  it('reads phones and e-mail addresses, and nothing else, as contacts', () => {
    expect(readContact('+7 701 234 56 78')).toBe('+77012345678');
    expect(readContact('87012345678')).toBe('+77012345678');
    expect(readContact('aty@mysal.kz')).toBe('aty@mysal.kz');
    expect(readContact('+44 20 7946 0958')).toBe('+442079460958');
    for (const bad of ['12345', 'aty@', 'javascript:alert(1)', '<b>@x.kz', `${'a'.repeat(250)}@x.kz`])
      expect(readContact(bad), bad).toBeUndefined();
  });

  it('removes control characters, keeps line breaks, tabs, right-to-left and zero-width text', () => {
    expect(cleanText('a\u0000b\u0007c\u001b[31md\r\ne\tf\u200b\u202eg')).toBe('abc[31md\ne\tf\u200b\u202eg');
  });

  it('takes the honeypot and the time stamp, without refusing', () => {
    const read = readFeedback(form({ text: 'x', website: 'http://spam', started: '1733150000123.abc.def' }), choices);
    // The stamp as sent: checked with the site's key where it is kept (lib/feedback/stamp.ts).
    expect(read).toMatchObject({ ok: true, value: { honeypot: true, started: '1733150000123.abc.def' } });
  });

  it('reads a reference number as typed, and refuses one that cannot be', () => {
    const reference = newReference();
    expect(reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(readReference(reference.toLowerCase().replaceAll('-', ' '))).toBe(reference);
    expect(readReference('K7QM-2XDA-9PTB')).toBe('K7QM-2XDA-9PTB');
    expect(readReference('k7qm2xda9ptb')).toBe('K7QM-2XDA-9PTB');
    expect(readReference('O0IL-2XDA-9PTB')).toBe('0011-2XDA-9PTB');
    // Typed on a Kazakh or Russian keyboard: Cyrillic look-alikes, any case, any dash, spaces.
    expect(readReference('к7qм 2хdа – 9рtв')).toBe('K7QM-2XDA-9PTB');
    expect(readReference('АВЕК-МНОР-СТХ0')).toBe('ABEK-MH0P-CTX0');
    expect(readReference('Ж7QM-2XDA-9PTB')).toBeUndefined();
    expect(readReference('../etc/passwd')).toBeUndefined();
    expect(new Set(Array.from({ length: 1000 }, newReference)).size).toBe(1000);
    expect(readFeedback(new URLSearchParams({ intent: 'forget', reference: 'nope' }), choices)).toMatchObject({
      ok: false,
      intent: 'forget',
      problems: { reference: 'referenceInvalid' },
    });
  });
});

describe('the form filled again with what was typed', () => {
  const html =
    '<form><input id="name" name="name" value=""><p data-error-for="name" hidden></p>' +
    '<textarea id="text" name="text"></textarea><p data-error-for="text" hidden></p>' +
    '<select id="topic" name="topic"><option value="a">A</option><option value="b" selected>B</option></select>' +
    '<input id="kind" type="radio" name="kind" value="question" checked><input type="radio" name="kind" value="opinion">' +
    '<input id="consent" type="checkbox" name="consent" value="yes"></form>';
  const formElement = fromHtml(html, { fragment: true }).children[0] as Element;
  const summaryElement = fromHtml('<div data-error-summary hidden><h2>x</h2><ul></ul></div>', { fragment: true })
    .children[0] as Element;

  const hostile = [
    '"><script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '\u202eevil\u202c and \u200bzero\u200dwidth',
    'مرحبا بالعالم',
    '&lt;already escaped&gt; &amp;',
    'x'.repeat(10_000),
  ];

  it('puts every value back as text, never as markup', () => {
    for (const value of hostile) {
      const filled = toHtml(
        fillForm(formElement, {
          values: { name: value, text: value, topic: 'a', kind: 'opinion', consent: 'yes' },
          errors: { text: value },
        }),
      );
      const tree = fromHtml(filled, { fragment: true });
      const tags: string[] = [];
      const walk = (node: { type: string; tagName?: string; children?: unknown[] }) => {
        if (node.type === 'element') tags.push(node.tagName!);
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
      };
      walk(tree as never);
      expect(tags.sort()).toEqual(
        ['form', 'input', 'input', 'input', 'input', 'option', 'option', 'p', 'p', 'select', 'textarea'].sort(),
      );
      const form = tree.children[0] as Element;
      const byName = (name: string) =>
        (form.children as Element[]).find((c) => c.type === 'element' && c.properties.name === name)!;
      expect(byName('name').properties.value).toBe(value);
      expect((byName('text').children[0] as { value: string }).value).toBe(value);
      expect(filled).toContain('aria-invalid="true"');
    }
  });

  it('chooses what was chosen, and shows only the problems there are', () => {
    const filled = fillForm(formElement, {
      values: { topic: 'a', kind: 'opinion', consent: 'yes' },
      errors: { text: 'Мәтінді жазыңыз' },
    });
    const out = toHtml(filled);
    expect(out).toContain('<option value="a" selected>');
    expect(out).not.toContain('<option value="b" selected>');
    expect(out).toMatch(/value="opinion" checked/);
    expect(out).not.toMatch(/value="question" checked/);
    expect(out).toMatch(/name="consent" value="yes" checked/);
    expect(out).toContain('<p data-error-for="text">Мәтінді жазыңыз</p>');
    expect(out).toContain('<p data-error-for="name" hidden></p>');
    const summary = toHtml(fillSummary(summaryElement, formElement, { text: 'Мәтінді жазыңыз', name: '<b>' }));
    expect(summary).not.toContain(' hidden');
    expect(summary).toContain('<li><a href="#name">&#x3C;b></a></li><li><a href="#text">Мәтінді жазыңыз</a></li>');
  });
});

describe("the form's stamp", () => {
  const key = 'a-key-of-this-site';
  it('is read back when this site signed it: when its form left and its own name', () => {
    const stamp = newStamp(key, 1_764_900_000_000);
    expect(readStamp([key], stamp)).toEqual({ at: 1_764_900_000_000, id: expect.stringMatching(/^[\w-]{16}$/) });
    // Each form a name of its own.
    expect(readStamp([key], newStamp(key, 1_764_900_000_000))!.id).not.toBe(readStamp([key], stamp)!.id);
  });

  it('signed with the key before a rotation is still read while that key is given after the new one', () => {
    const open = newStamp('the-key-before', 1_764_900_000_000);
    expect(readStamp(['the-new-key', 'the-key-before'], open)).toMatchObject({ at: 1_764_900_000_000 });
    expect(readStamp(['the-new-key'], open)).toBeUndefined();
  });

  it('is refused when made up, changed, or signed with another key', () => {
    const stamp = newStamp(key, 1_764_900_000_000);
    const [at, id, signature] = stamp.split('.') as [string, string, string];
    for (const sent of [
      '',
      '1',
      '1764899990000',
      `${Number(at) - 60_000}.${id}.${signature}`,
      `${at}.${id.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}.${signature}`,
      newStamp('another-key', Number(at)),
      `${stamp}x`,
    ])
      expect(readStamp([key], sent), sent).toBeUndefined();
  });
});
