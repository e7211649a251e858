/** GET /api/notifications */
export interface NotificationItem {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationItem[];
  unread: number;
}

/** Sent on window when notices were read somewhere, so the header badge follows at once. */
export const NOTIFICATIONS_CHANGED = 'samla:notifications-changed';

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}
