import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type IcsEvent, renderIcs } from './ical';

const base: IcsEvent = {
  uid: 'webinar-1@samla',
  sequence: 0,
  title: 'Webbinarium: mottagande, boende; skola',
  start: new Date('2026-03-26T09:00:00Z'), // Thursday 10:00 CET
  end: new Date('2026-03-26T10:30:00Z'),
  allDay: false,
  location: 'Teams',
  url: 'https://samla.example/kalender',
  description: 'Rad ett\nRad två, med komma',
  cancelled: false,
  updatedAt: new Date('2026-03-01T08:00:00Z'),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar;
}

function events(text: string) {
  return parse(text)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (item === undefined) throw new Error('missing');
  return item;
}

describe('renderIcs', () => {
  it('writes a VCALENDAR a real parser reads back, with the Stockholm zone and local times', () => {
    const text = renderIcs([base], { name: 'GR mottagande' });
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('Samla');
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
    expect(zone?.getAllSubcomponents('daylight')).toHaveLength(1);
    expect(zone?.getAllSubcomponents('standard')).toHaveLength(1);

    const event = only(events(text));
    expect(event.uid).toBe('webinar-1@samla');
    expect(event.summary).toBe(base.title);
    expect(event.description).toBe(base.description);
    expect(event.location).toBe('Teams');
    expect(event.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(event.startDate.hour).toBe(10);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-26T09:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-26T10:30:00.000Z');
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://samla.example/kalender');
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-01T08:00:00Z');
    expect(text).toMatch(/DTSTART;TZID=Europe\/Stockholm:20260326T100000\r\n/);
  });

  it('uses CRLF everywhere and folds lines at 75 octets without splitting characters', () => {
    const long = { ...base, title: 'Återrapportering från länsstyrelsen åäö '.repeat(8) };
    const text = renderIcs([long], { name: 'Socialchefsnätverket' });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(only(events(text)).summary).toBe(long.title);
  });

  it('keeps UIDs stable across renders; an update raises SEQUENCE and moves DTSTART', () => {
    const first = only(events(renderIcs([base], { name: 'x' })));
    const again = only(events(renderIcs([base], { name: 'x' })));
    expect(again.uid).toBe(first.uid);
    expect(renderIcs([base], { name: 'x' })).toBe(renderIcs([base], { name: 'x' }));

    const moved = {
      ...base,
      sequence: 1,
      start: new Date('2026-03-26T12:00:00Z'),
      end: new Date('2026-03-26T13:00:00Z'),
      updatedAt: new Date('2026-03-02T08:00:00Z'),
    };
    const updated = only(events(renderIcs([moved], { name: 'x' })));
    expect(updated.uid).toBe(first.uid);
    expect(updated.sequence).toBeGreaterThan(first.sequence);
    expect(updated.startDate.hour).toBe(13);
    expect(updated.startDate.compare(first.startDate)).toBe(1);
  });

  it('propagates a cancellation as STATUS:CANCELLED, and METHOD:CANCEL cancels every event', () => {
    const cancelled = { ...base, sequence: 2, cancelled: true };
    const event = only(events(renderIcs([cancelled], { name: 'x' })));
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.sequence).toBe(2);

    const text = renderIcs([{ ...base, sequence: 3 }], {
      name: 'x',
      method: 'CANCEL',
      organizer: { email: 'samordnare@gr.example', name: 'Samordnare, GR' },
      attendees: [{ email: 'a@kommun.example' }],
    });
    expect(parse(text).getFirstPropertyValue('method')).toBe('CANCEL');
    const invitation = only(events(text));
    expect(invitation.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(invitation.organizer).toBe('mailto:samordnare@gr.example');
    expect(invitation.attendees.map((a) => a.getFirstValue())).toEqual(['mailto:a@kommun.example']);
  });

  it('keeps local wall-clock time for an event across the change to summer time', () => {
    // Saturday 28 March 2026 10:00 CET to Monday 30 March 10:00 CEST: 47 hours, same local hour.
    const crossing = {
      ...base,
      start: new Date('2026-03-28T09:00:00Z'),
      end: new Date('2026-03-30T08:00:00Z'),
    };
    const text = renderIcs([crossing], { name: 'x' });
    expect(text).toMatch(/DTSTART;TZID=Europe\/Stockholm:20260328T100000\r\n/);
    expect(text).toMatch(/DTEND;TZID=Europe\/Stockholm:20260330T100000\r\n/);
    const event = only(events(text));
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(event.startDate.utcOffset()).toBe(3600);
    expect(event.endDate.utcOffset()).toBe(7200);
    // And back to winter time in October.
    const autumn = { ...base, start: new Date('2026-10-25T09:00:00Z'), end: null };
    const october = only(events(renderIcs([autumn], { name: 'x' })));
    expect(october.startDate.hour).toBe(10);
    expect(october.startDate.toJSDate().toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('writes all-day entries as DATE values with an exclusive end', () => {
    const allDay = {
      ...base,
      allDay: true,
      // 23:30 UTC on 28 March is already 29 March in Stockholm.
      start: new Date('2026-03-28T23:30:00Z'),
      end: new Date('2026-03-30T12:00:00Z'),
    };
    const text = renderIcs([allDay], { name: 'x' });
    expect(text).toMatch(/DTSTART;VALUE=DATE:20260329\r\n/);
    expect(text).toMatch(/DTEND;VALUE=DATE:20260331\r\n/);
    const event = only(events(text));
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2026-03-31');
  });
});
