import './notifications.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { notificationText } from './notification-text';
import type { NotificationItem } from './notification-types';
import { useNotifications } from './use-notifications';

/** /notiser — every notice of the signed-in user, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation(['notifications', 'common']);
  const navigate = useNavigate();
  const { data, failed, markRead, markAllRead, reload } = useNotifications(100);
  const [status, setStatus] = useState('');

  const open = async (item: NotificationItem) => {
    if (!item.readAt) await markRead(item.id).catch(() => undefined);
    if (item.link) navigate(item.link);
    else void reload();
  };

  const readAll = async () => {
    await markAllRead();
    await reload();
    setStatus(t('notifications:allRead'));
  };

  return (
    <>
      <h1>{t('notifications:title')}</h1>
      <p className="lead">{t('notifications:intro')}</p>
      {failed ? <Alert variant="error">{t('notifications:loadFailed')}</Alert> : null}
      {!data && !failed ? <Spinner /> : null}
      {data ? (
        <>
          <div className="notifications-toolbar">
            <p>{t('notifications:unreadCount', { count: data.unread })}</p>
            {data.unread > 0 ? (
              <Button variant="secondary" size="small" onClick={() => void readAll()}>
                {t('notifications:markAllRead')}
              </Button>
            ) : null}
          </div>
          <p aria-live="polite" className="visually-hidden">
            {status}
          </p>
          {data.items.length === 0 ? <p>{t('notifications:empty')}</p> : null}
          <ul className="notification-list">
            {data.items.map((item) => {
              const { title, body } = notificationText(item, t);
              return (
                <li
                  key={item.id}
                  className={item.readAt ? 'notification' : 'notification notification--unread'}
                >
                  <h2 className="notification__title">
                    <button type="button" className="link-button" onClick={() => void open(item)}>
                      {title}
                    </button>
                  </h2>
                  <p className="notification__body">{body}</p>
                  <p className="notification__meta">
                    {formatDateTime(item.createdAt)}{' '}
                    {item.readAt ? null : <Tag variant="info">{t('notifications:unread')}</Tag>}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </>
  );
}
