import './bulletins.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthProvider';
import { Button } from '../../components/Button';
import { formatDateTime } from '../../i18n/format';
import { notifyAlarmsChanged, onAlarmsChanged } from './alarm-events';
import type { Alarm } from './bulletin-types';

const POLL_MS = 60_000;

/**
 * The signed-in user's unacknowledged larms, on every page until acknowledged: a labelled
 * region with a heading, each larm a link and an acknowledge button. Looked up again on
 * navigation, every minute and when a larm is acknowledged elsewhere.
 */
export function AlarmBanner() {
  const { t } = useTranslation(['bulletins', 'common']);
  const { user } = useAuth();
  const { pathname } = useLocation();
  const [alarms, setAlarms] = useState<Alarm[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const signedIn = Boolean(user);

  const load = useCallback(() => {
    api
      .get<{ alarms: Alarm[] }>('/api/bulletins/alarms')
      .then((res) => setAlarms(res.alarms))
      .catch(() => {
        // Signed out or offline: keep what is shown; the next look-up corrects it.
      });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname triggers a fresh look-up on navigation.
  useEffect(() => {
    if (!signedIn) {
      setAlarms([]);
      return;
    }
    load();
    const timer = setInterval(load, POLL_MS);
    const off = onAlarmsChanged(load);
    return () => {
      clearInterval(timer);
      off();
    };
  }, [signedIn, pathname, load]);

  const acknowledge = async (alarm: Alarm) => {
    setBusy(alarm.id);
    setError(null);
    try {
      await api.post(`/api/bulletins/${alarm.id}/acknowledge`);
      const rest = alarms.filter((a) => a.id !== alarm.id);
      setAlarms(rest);
      setStatus(t('bulletins:banner.done', { title: alarm.title }));
      notifyAlarmsChanged();
      // The pressed button is gone: keep keyboard users in the banner, or send them to the page.
      const next = listRef.current?.querySelector<HTMLButtonElement>(
        `li:not([data-id="${alarm.id}"]) button`,
      );
      if (rest.length > 0 && next) next.focus();
      else document.getElementById('main')?.focus();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t('common:errors.unexpected'));
    } finally {
      setBusy(null);
    }
  };

  if (!signedIn) return null;
  return (
    <>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {alarms.length > 0 ? (
        <section className="alarm-banner" aria-labelledby="alarm-banner-title">
          <div className="page-width">
            <h2 id="alarm-banner-title" className="alarm-banner__title">
              {t('bulletins:banner.title', { count: alarms.length })}
            </h2>
            {error ? <p className="alarm-banner__error">{error}</p> : null}
            <ul className="alarm-banner__list" ref={listRef}>
              {alarms.map((a) => (
                <li key={a.id} data-id={a.id} className="alarm-banner__item">
                  <div>
                    <Link to={`/meddelanden/${a.id}`} className="alarm-banner__link">
                      {a.title}
                    </Link>
                    <span className="alarm-banner__from">
                      {t('bulletins:banner.from', {
                        org: a.senderOrgName,
                        network: a.networkName,
                        date: formatDateTime(a.sentAt),
                      })}
                    </span>
                  </div>
                  <Button
                    size="small"
                    variant="secondary"
                    disabled={busy === a.id}
                    onClick={() => void acknowledge(a)}
                  >
                    {t('bulletins:banner.acknowledge')}
                    <span className="visually-hidden"> – {a.title}</span>
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}
    </>
  );
}
