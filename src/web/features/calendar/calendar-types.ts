export type EntryKind =
  | 'meeting'
  | 'webinar'
  | 'lunch_meeting'
  | 'event'
  | 'round_deadline'
  | 'consultation_deadline';

export type EventKind = 'webinar' | 'lunch_meeting' | 'event';
export const eventKinds: readonly EventKind[] = ['webinar', 'lunch_meeting', 'event'];

export interface CalendarEntry {
  uid: string;
  kind: EntryKind;
  networkId: string;
  networkName: string;
  title: string;
  start: string;
  end: string | null;
  allDay: boolean;
  startDate: string | null;
  endDate: string | null;
  location: string;
  url: string;
  description: string;
  cancelled: boolean;
  path: string | null;
  eventId: string | null;
}

export interface CalendarNetwork {
  id: string;
  name: string;
  canManage: boolean;
}

export interface CalendarData {
  entries: CalendarEntry[];
  networks: CalendarNetwork[];
}

export interface NetworkEvent {
  id: string;
  networkId: string;
  kind: EventKind;
  title: string;
  allDay: boolean;
  startsAt: string;
  endsAt: string | null;
  startDate: string | null;
  endDate: string | null;
  location: string;
  url: string;
  description: string;
  cancelled: boolean;
  sequence: number;
  version: number;
  canManage: boolean;
}

export interface FeedInfo {
  networkId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface FeedCreated extends FeedInfo {
  token: string;
  path: string;
  url: string;
}
