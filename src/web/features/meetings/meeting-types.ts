export type MeetingKind = 'meeting' | 'webinar' | 'lunch_meeting';
export type MinutesStatus = 'draft' | 'in_review' | 'published';
export type AttendanceStatus = 'present' | 'absent' | 'excused';
export type ActionStatus = 'open' | 'done' | 'cancelled';

export interface MeetingSummary {
  id: string;
  networkId: string;
  networkName: string;
  title: string;
  kind: MeetingKind;
  status: 'planned' | 'cancelled';
  startsAt: string;
  endsAt: string;
  place: string;
  videoUrl: string;
  sequence: number;
  version: number;
  minutesStatus: MinutesStatus;
  minutesVersion: number;
  minutesPublishedAt: string | null;
}

export interface MeetingList {
  meetings: MeetingSummary[];
  networks: { id: string; name: string; canManage: boolean }[];
}

export interface AgendaItem {
  id: string;
  position: number;
  topic: string;
  presenterName: string;
  presenterOrgId: string | null;
  presenterOrgName: string | null;
  slotStart: string;
  slotEnd: string;
  minutes: string | null;
  sourceReport: { reportId: string; orgId: string; orgName: string } | null;
  attachments: { id: string; filename: string; contentType: string; size: number }[];
}

export interface ActionItem {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  text: string;
  ownerUserId: string | null;
  ownerUserName: string | null;
  ownerOrgId: string | null;
  ownerOrgName: string | null;
  dueDate: string | null;
  status: ActionStatus;
  version: number;
  overdue: boolean;
}

export interface FollowUpItem extends ActionItem {
  meetingTitle: string;
  meetingStartsAt: string;
}

export interface Decision {
  id: string;
  agendaItemId: string | null;
  text: string;
}

export interface MinutesSnapshot {
  items: { id: string; position: number; topic: string; minutes: string }[];
  decisions: Decision[];
  actions: {
    id: string;
    agendaItemId: string | null;
    text: string;
    ownerUserId: string | null;
    ownerOrgId: string | null;
    dueDate: string | null;
  }[];
}

export interface MeetingDetail {
  meeting: MeetingSummary;
  agenda: AgendaItem[];
  attendance: { orgId: string; orgName: string; personName: string; status: AttendanceStatus }[];
  minutesVisible: boolean;
  decisions: Decision[];
  actions: ActionItem[];
  followUp: FollowUpItem[];
  history: {
    version: number;
    kind: 'publication' | 'correction';
    reason: string;
    createdAt: string;
    createdByName: string | null;
    content: MinutesSnapshot;
  }[];
  invitedCount: number;
  canManage: boolean;
}

export interface MyAction extends ActionItem {
  meetingTitle: string;
  meetingStartsAt: string;
  networkId: string;
  networkName: string;
  canUpdate: boolean;
}

export interface NetworkOrg {
  orgId: string;
  name: string;
}

export interface NetworkDetail {
  id: string;
  name: string;
  ownerOrgId: string;
  ownerName: string;
  members: { orgId: string; name: string }[];
}

/** The owner first, then the members, each once. */
export function networkOrgs(network: NetworkDetail | undefined): NetworkOrg[] {
  if (!network) return [];
  const out: NetworkOrg[] = [{ orgId: network.ownerOrgId, name: network.ownerName }];
  for (const m of network.members)
    if (m.orgId !== network.ownerOrgId) out.push({ orgId: m.orgId, name: m.name });
  return out;
}
