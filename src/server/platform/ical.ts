import ICAL from 'ical.js';
import { DateTime } from 'luxon';

/**
 * RFC 5545 writer for calendar feeds and meeting invitations. Events carry local times with
 * TZID=Europe/Stockholm (and the VTIMEZONE that defines it) so Outlook shows 09:00 as 09:00
 * across daylight-saving changes; ical.js does the escaping and the property grammar.
 */

export const ICAL_ZONE = 'Europe/Stockholm';

export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export interface IcsEvent {
  /** Stable across renders and changes, e.g. `meeting-<id>@samla`. */
  uid: string;
  /** Raised on every change the subscriber should see (time, place, cancellation). */
  sequence: number;
  title: string;
  start: Date;
  /** Timed: the end instant, or null for a point in time (a deadline). All-day: the last day, inclusive, or null for one day. */
  end: Date | null;
  allDay: boolean;
  location?: string | null;
  url?: string | null;
  description?: string | null;
  cancelled: boolean;
  updatedAt: Date;
  /** e.g. MEETING, WEBINAR; shown by some clients. */
  categories?: string[];
}

export interface IcsPerson {
  email: string;
  name?: string;
}

export interface IcsOptions {
  /** Calendar name shown by subscribing clients. */
  name: string;
  method?: IcsMethod;
  /** DTSTAMP; defaults to each event's updatedAt so a feed renders identically until something changes. */
  stamp?: Date;
  /** Required by iTIP for REQUEST and CANCEL. */
  organizer?: IcsPerson;
  attendees?: IcsPerson[];
}

type JCalProperty = [string, Record<string, string>, string, ...unknown[]];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

const PRODID = '-//Samla//Samla kalender//SV';

/**
 * Europe/Stockholm since 1996: CEST from the last Sunday of March 02:00, CET from the last
 * Sunday of October 03:00 (EU rules); DTSTART 1970 lets the rules cover every event we write.
 */
function stockholmTimezone(): JCalComponent {
  return [
    'vtimezone',
    [
      ['tzid', {}, 'text', ICAL_ZONE],
      ['x-lic-location', {}, 'unknown', ICAL_ZONE],
    ],
    [
      [
        'daylight',
        [
          ['tzoffsetfrom', {}, 'utc-offset', '+01:00'],
          ['tzoffsetto', {}, 'utc-offset', '+02:00'],
          ['tzname', {}, 'text', 'CEST'],
          ['dtstart', {}, 'date-time', '1970-03-29T02:00:00'],
          ['rrule', {}, 'recur', { freq: 'YEARLY', bymonth: 3, byday: '-1SU' }],
        ],
        [],
      ],
      [
        'standard',
        [
          ['tzoffsetfrom', {}, 'utc-offset', '+02:00'],
          ['tzoffsetto', {}, 'utc-offset', '+01:00'],
          ['tzname', {}, 'text', 'CET'],
          ['dtstart', {}, 'date-time', '1970-10-25T03:00:00'],
          ['rrule', {}, 'recur', { freq: 'YEARLY', bymonth: 10, byday: '-1SU' }],
        ],
        [],
      ],
    ],
  ];
}

function utc(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: 'utc' }).toFormat("yyyy-LL-dd'T'HH:mm:ss'Z'");
}

function local(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: ICAL_ZONE }).toFormat("yyyy-LL-dd'T'HH:mm:ss");
}

function localDate(instant: Date, plusDays = 0): string {
  return DateTime.fromJSDate(instant, { zone: ICAL_ZONE }).plus({ days: plusDays }).toISODate() ?? '';
}

function timeProperties(event: IcsEvent): JCalProperty[] {
  if (event.allDay) {
    const last = event.end ?? event.start;
    return [
      ['dtstart', {}, 'date', localDate(event.start)],
      // DTEND of a DATE event is exclusive: the day after the last day.
      ['dtend', {}, 'date', localDate(last, 1)],
    ];
  }
  const props: JCalProperty[] = [['dtstart', { tzid: ICAL_ZONE }, 'date-time', local(event.start)]];
  if (event.end) props.push(['dtend', { tzid: ICAL_ZONE }, 'date-time', local(event.end)]);
  return props;
}

function person(name: string, who: IcsPerson, extra: Record<string, string> = {}): JCalProperty {
  const params: Record<string, string> = { ...extra };
  if (who.name) params.cn = who.name;
  return [name, params, 'cal-address', `mailto:${who.email}`];
}

function eventComponent(event: IcsEvent, options: IcsOptions, method: IcsMethod): JCalComponent {
  const cancelled = event.cancelled || method === 'CANCEL';
  const props: JCalProperty[] = [
    ['uid', {}, 'text', event.uid],
    ['dtstamp', {}, 'date-time', utc(options.stamp ?? event.updatedAt)],
    ...timeProperties(event),
    ['sequence', {}, 'integer', event.sequence],
    ['status', {}, 'text', cancelled ? 'CANCELLED' : 'CONFIRMED'],
    ['summary', {}, 'text', event.title],
    ['last-modified', {}, 'date-time', utc(event.updatedAt)],
    ['transp', {}, 'text', event.allDay || !event.end ? 'TRANSPARENT' : 'OPAQUE'],
  ];
  if (event.location) props.push(['location', {}, 'text', event.location]);
  if (event.url) props.push(['url', {}, 'uri', event.url]);
  if (event.description) props.push(['description', {}, 'text', event.description]);
  if (event.categories && event.categories.length > 0) {
    props.push(['categories', {}, 'text', ...event.categories]);
  }
  if (options.organizer) props.push(person('organizer', options.organizer));
  for (const attendee of options.attendees ?? []) {
    props.push(
      person('attendee', attendee, { role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'FALSE' }),
    );
  }
  return ['vevent', props, []];
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines of at most 75 octets, continuation lines start with one space (which
 * counts). ical.js folds the continuation at 75 octets plus the space, so we fold ourselves,
 * never splitting a UTF-8 character.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Renders a complete VCALENDAR with CRLF line endings. */
export function renderIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const method = options.method ?? 'PUBLISH';
  const calendar: JCalComponent = [
    'vcalendar',
    [
      ['prodid', {}, 'text', PRODID],
      ['version', {}, 'text', '2.0'],
      ['calscale', {}, 'text', 'GREGORIAN'],
      ['method', {}, 'text', method],
      ['name', {}, 'unknown', options.name],
      ['x-wr-calname', {}, 'unknown', options.name],
      ['x-wr-timezone', {}, 'unknown', ICAL_ZONE],
      ['refresh-interval', {}, 'duration', 'PT1H'],
      ['x-published-ttl', {}, 'unknown', 'PT1H'],
    ],
    [stockholmTimezone(), ...events.map((event) => eventComponent(event, options, method))],
  ];
  const unfolded = ICAL.stringify(calendar as unknown as Parameters<typeof ICAL.stringify>[0]).replace(
    /\r\n /g,
    '',
  );
  const lines = unfolded.split('\r\n').filter((line) => line.length > 0);
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
