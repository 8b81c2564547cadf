import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/read';
import { paginate } from '@/lib/content/pagination';
import type { SiteContent } from '@/lib/content/kinds';
import { buildSiteContent, checkSiteContent, type RawCollections } from '@/lib/content/validate';
import {
  EVENTS_PAGE_SIZE,
  filterChoices,
  inScheduleOrder,
  isComing,
  matches,
  monthOf,
  progressOf,
} from '@/lib/events/schedule';
import type { EventLabels } from '@/lib/events/labels';
import { eventsCalendar, foldLines } from '@/lib/events/calendar';

// The fixture site's events: 35, January to June 2026, all eight territories; today is 1 April 2026.
const TODAY = '2026-04-01';
let raw: RawCollections;
let content: SiteContent;
beforeAll(async () => {
  raw = (await readContent('tests/fixtures/site/content')).raw;
  content = buildSiteContent(raw, { today: TODAY });
});

const labels: EventLabels = { format: (f) => `format:${f}`, status: (e) => `status:${e.status}` };

describe('the events list', () => {
  it('puts coming events first, soonest first, then the others, newest first', () => {
    const ordered = inScheduleOrder(content.events, TODAY);
    const coming = ordered.filter((e) => isComing(e, TODAY));
    const rest = ordered.slice(coming.length);
    expect(coming.length).toBeGreaterThan(0);
    expect(rest.length).toBeGreaterThan(0);
    expect(ordered.slice(0, coming.length)).toEqual(coming);
    expect(coming.map((e) => e.start.instant)).toEqual([...coming.map((e) => e.start.instant)].sort());
    expect(rest.map((e) => e.start.instant)).toEqual([...rest.map((e) => e.start.instant)].sort().reverse());
    for (const event of coming) expect(['planned', 'postponed']).toContain(event.status);
    expect(rest.some((e) => e.status === 'cancelled')).toBe(true);
  });

  it('is paged: every page full but the last, nothing before the first or after the last', () => {
    const ordered = inScheduleOrder(content.events, TODAY);
    const pages = Math.ceil(ordered.length / EVENTS_PAGE_SIZE);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page < pages; page++)
      expect(paginate(ordered, page, EVENTS_PAGE_SIZE)?.items).toHaveLength(EVENTS_PAGE_SIZE);
    expect(paginate(ordered, pages, EVENTS_PAGE_SIZE)?.items.length).toBe(
      ordered.length - (pages - 1) * EVENTS_PAGE_SIZE,
    );
    expect(paginate(ordered, 0, EVENTS_PAGE_SIZE)).toBeNull();
    expect(paginate(ordered, pages + 1, EVENTS_PAGE_SIZE)).toBeNull();
  });

  it('is narrowed by territory, format and month, with counts that add up to the whole', () => {
    const choices = filterChoices(content.events, content.districts);
    expect(choices.district.map((c) => c.value)).toEqual(content.districts.map((d) => d.id));
    for (const kind of ['district', 'format', 'month'] as const) {
      expect(
        choices[kind].reduce((sum, c) => sum + c.count, 0),
        kind,
      ).toBe(content.events.length);
      for (const choice of choices[kind]) {
        const filter = { kind, value: choice.value } as Parameters<typeof matches>[1];
        expect(
          content.events.filter((e) => matches(e, filter)),
          `${kind} ${choice.value}`,
        ).toHaveLength(choice.count);
      }
    }
    expect(choices.month.map((c) => c.value)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(content.events.every((e) => /^2026-0[1-6]$/.test(monthOf(e)))).toBe(true);
  });

  it('counts the plan held by territory and by format, adding up to the events held, but not the coalition’s sessions', () => {
    const progress = progressOf(content.events, content.districts);
    const allHeld = content.events.filter((e) => e.status === 'held');
    const held = allHeld.filter((e) => e.format !== 'coalition-session').length;
    expect(progress.sessions).toBe(allHeld.length - held);
    expect(progress.sessions).toBeGreaterThan(0);
    expect(progress.byFormat.map((f) => f.format)).not.toContain('coalition-session');
    expect(progress.held).toBe(held);
    expect(progress.byDistrict.reduce((sum, d) => sum + d.held, 0)).toBe(held);
    expect(progress.byFormat.reduce((sum, f) => sum + f.held, 0)).toBe(held);
  });
});

describe('event calendars', () => {
  const long = () => content.events.find((e) => e.id === '2026-03-14-uzaq-atauly')!;
  const text = () => ({ name: 'Қызылорда өңірлік коалициясы', labels, districts: content.districts });

  it('fold lines at 75 octets, not characters, without cutting a letter, and read back whole', () => {
    const ics = eventsCalendar(content.events, 'kk', text());
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(Buffer.byteLength(`SUMMARY:${long().title.kk}`)).toBeGreaterThan(75);
    const parsed = new ICAL.Component(ICAL.parse(ics));
    const event = parsed
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.uid.startsWith(long().id));
    expect(event?.summary).toBe(long().title.kk);
    expect(event?.startDate.toString()).toBe('2026-03-14');
    // Two days: the end is the day after the last, as all-day events end.
    expect(event?.endDate.toString()).toBe('2026-03-16');
  });

  it('keep their UIDs when the site moves, and each event its own', () => {
    const uids = (site: string) => {
      process.env.SITE_URL = site;
      const ics = eventsCalendar(content.events, 'ru', text());
      return [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    };
    const before = process.env.SITE_URL;
    try {
      const a = uids('https://example.kz');
      const b = uids('http://localhost:3100');
      expect(a).toEqual(b);
      expect(new Set(a).size).toBe(content.events.length);
    } finally {
      if (before === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = before;
    }
  });

  it('hold a component even with no event (a territory before its first meeting): its time zone', () => {
    const ics = eventsCalendar([], 'kk', text());
    const parsed = new ICAL.Component(ICAL.parse(ics));
    expect(parsed.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(parsed.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Qyzylorda');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VTIMEZONE[\s\S]*END:VCALENDAR\r?\n?$/);
  });

  it('fold a line of any length the same', () => {
    const line = `DESCRIPTION:${'Қ'.repeat(100)}`;
    const folded = foldLines(`${line}\r\nEND:VCALENDAR`);
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\nEND:VCALENDAR`);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
  });
});

describe('event checks, in both languages', () => {
  // An event of the fixture's with no end and no outcome recorded (the outcome's check: content-checks.test.ts).
  const change = (id: string, fields: Record<string, unknown>): RawCollections => ({
    ...raw,
    events: raw.events.map((doc) => ((doc as { id: string }).id === id ? { ...(doc as object), ...fields } : doc)),
  });
  const problems = (fields: Record<string, unknown>, id = '2026-01-15-synaq-04') =>
    checkSiteContent(change(id, fields), { today: TODAY }).problems.items.map((p) => ({
      field: p.field,
      severity: p.severity,
      ...p.message,
    }));

  it('an unknown territory', () => {
    expect(problems({ district: 'baikonur' })).toEqual([
      {
        field: 'district',
        severity: undefined,
        kk: expect.stringContaining('Аумақтар: «baikonur» жоқ'),
        ru: expect.stringContaining('Территории: нет «baikonur»'),
      },
    ]);
  });

  it('an end before the start', () => {
    expect(problems({ start: '2026-01-03 18:00', end: '2026-01-03 17:00' })).toEqual([
      {
        field: 'end',
        severity: undefined,
        kk: expect.stringContaining('аяқталуы басталуынан бұрын'),
        ru: expect.stringContaining('окончание раньше начала'),
      },
    ]);
  });

  it('held on a day still to come', () => {
    expect(problems({ start: '2026-05-03', status: 'held' })).toEqual([
      {
        field: 'status',
        severity: undefined,
        kk: expect.stringContaining('әлі келген жоқ'),
        ru: expect.stringContaining('ещё не наступила'),
      },
    ]);
  });

  it('still planned after its day: a warning', () => {
    expect(problems({ status: 'planned' })).toEqual([
      {
        field: 'status',
        severity: 'warning',
        kk: expect.stringContaining('held, postponed немесе cancelled'),
        ru: expect.stringContaining('held, postponed или cancelled'),
      },
    ]);
  });

  it('a status or format outside the lists, a date that is not one', () => {
    expect(
      problems({ status: 'soon', format: 'concert', start: '3 March' })
        .map((p) => p.field)
        .sort(),
    ).toEqual(['format', 'start', 'status']);
  });
});
