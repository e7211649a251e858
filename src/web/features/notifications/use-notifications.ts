import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import {
  announceNotificationsChanged,
  NOTIFICATIONS_CHANGED,
  type NotificationList,
} from './notification-types';

/** How often the header looks for new notices; reminders are hours ahead, so a minute is plenty. */
const POLL_MS = 60_000;

/**
 * The signed-in user's newest notices, refreshed every minute, when the window regains
 * focus and when notices are read elsewhere in the app.
 */
export function useNotifications(limit: number, enabled = true) {
  const [data, setData] = useState<NotificationList | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    try {
      setData(await api.get<NotificationList>('/api/notifications', { query: { limit } }));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [limit]);

  useEffect(() => {
    if (!enabled) return;
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    const refresh = () => void load();
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
      window.removeEventListener('focus', refresh);
    };
  }, [enabled, load]);

  const markRead = useCallback(async (id: string) => {
    await api.post(`/api/notifications/${id}/read`);
    announceNotificationsChanged();
  }, []);

  const markAllRead = useCallback(async () => {
    await api.post('/api/notifications/read-all');
    announceNotificationsChanged();
  }, []);

  return { data, failed, reload: load, markRead, markAllRead };
}
