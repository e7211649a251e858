import './notifications.css';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { Button } from '../../components/Button';
import { usePopoverPanel } from '../../components/use-popover-panel';
import { formatDateTime } from '../../i18n/format';
import { notificationText } from './notification-text';
import type { NotificationItem } from './notification-types';
import { useNotifications } from './use-notifications';

const SHOWN = 5;

function BellIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6Zm-2 15a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The bell in the header: how many notices are unread, and the newest ones in a panel. */
export function NotificationsMenu() {
  const { t } = useTranslation('notifications');
  const { user } = useAuth();
  const navigate = useNavigate();
  const { data, markRead, markAllRead, reload } = useNotifications(SHOWN, user !== null);
  const { open, setOpen, panelId, buttonRef, rootRef } = usePopoverPanel('notifications');

  if (!user) return null;
  const unread = data?.unread ?? 0;
  const items = data?.items ?? [];

  const openItem = async (item: NotificationItem) => {
    setOpen(false);
    if (!item.readAt) await markRead(item.id).catch(() => undefined);
    if (item.link) navigate(item.link);
  };

  return (
    <div className="notifications-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          if (!open) void reload();
          setOpen((value) => !value);
        }}
      >
        <BellIcon />
        <span>{t('menu.label')}</span>
        {unread > 0 ? (
          <span className="notifications-menu__badge">
            {unread}
            <span className="visually-hidden"> {t('menu.unread', { count: unread })}</span>
          </span>
        ) : null}
      </button>
      <div className="notifications-menu__panel" id={panelId} hidden={!open}>
        <h2 className="notifications-menu__title">{t('menu.title')}</h2>
        {items.length === 0 ? <p>{t('empty')}</p> : null}
        <ul className="notifications-menu__list">
          {items.map((item) => {
            const { title, body } = notificationText(item, t);
            return (
              <li key={item.id} className={item.readAt ? undefined : 'notification--unread'}>
                <button type="button" className="link-button" onClick={() => void openItem(item)}>
                  {item.readAt ? null : <span className="visually-hidden">{t('unreadPrefix')} </span>}
                  {title}
                </button>
                <span className="notification__meta">
                  {body} · {formatDateTime(item.createdAt)}
                </span>
              </li>
            );
          })}
        </ul>
        <div className="notifications-menu__actions">
          {unread > 0 ? (
            <Button variant="secondary" size="small" onClick={() => void markAllRead()}>
              {t('markAllRead')}
            </Button>
          ) : null}
          <Link to="/notiser" onClick={() => setOpen(false)}>
            {t('menu.all')}
          </Link>
        </div>
      </div>
    </div>
  );
}
