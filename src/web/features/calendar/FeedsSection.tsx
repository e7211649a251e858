import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Table, type TableColumn } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../i18n/format';
import type { CalendarNetwork, FeedCreated, FeedInfo } from './calendar-types';

interface Scope {
  key: string;
  networkId: string | null;
  name: string;
}

/** Secret subscription links: one for all the user's networks and one per network. */
export function FeedsSection({ networks }: { networks: readonly CalendarNetwork[] }) {
  const { t } = useTranslation(['calendar', 'common']);
  const feeds = useApi<{ feeds: FeedInfo[] }>('/api/calendar/feeds');
  const [created, setCreated] = useState<(FeedCreated & { name: string }) | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const scopes: Scope[] = [
    { key: 'all', networkId: null, name: t('calendar:feeds.all') },
    ...networks.map((n) => ({ key: n.id, networkId: n.id, name: n.name })),
  ];
  const feedOf = (scope: Scope) => feeds.data?.feeds.find((f) => f.networkId === scope.networkId);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    setNotice(null);
    try {
      await action();
      feeds.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
    }
  };
  const create = (scope: Scope) =>
    run(async () => {
      const answer = await api.post<FeedCreated>('/api/calendar/feeds', { networkId: scope.networkId });
      setCreated({ ...answer, name: scope.name });
    });
  const remove = (scope: Scope) =>
    run(async () => {
      await api.delete('/api/calendar/feeds', undefined, {
        query: scope.networkId ? { networkId: scope.networkId } : {},
      });
      if (created?.networkId === scope.networkId) setCreated(null);
      setNotice(t('calendar:feeds.removed', { name: scope.name }));
    });

  const columns: TableColumn<Scope>[] = [
    { key: 'scope', header: t('calendar:feeds.scope'), isRowHeader: true, render: (s) => s.name },
    {
      key: 'status',
      header: t('calendar:feeds.status'),
      render: (s) => {
        const feed = feedOf(s);
        if (!feed) return t('calendar:feeds.none');
        return (
          <>
            {t('calendar:feeds.createdAt', { date: formatDateTime(feed.createdAt) })}
            {feed.lastUsedAt ? (
              <span className="cell-sub">
                {t('calendar:feeds.lastUsed', { date: formatDateTime(feed.lastUsedAt) })}
              </span>
            ) : null}
          </>
        );
      },
    },
    {
      key: 'actions',
      header: t('calendar:feeds.actions'),
      render: (s) => (
        <div className="row-actions">
          <Button size="small" variant="secondary" onClick={() => void create(s)}>
            {feedOf(s) ? t('calendar:feeds.rotate') : t('calendar:feeds.create')}
            <span className="visually-hidden"> – {s.name}</span>
          </Button>
          {feedOf(s) ? (
            <Button size="small" variant="secondary" onClick={() => void remove(s)}>
              {t('calendar:feeds.remove')}
              <span className="visually-hidden"> – {s.name}</span>
            </Button>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <section className="calendar-feeds" aria-labelledby="calendar-feeds-title">
      <h2 id="calendar-feeds-title">{t('calendar:feeds.title')}</h2>
      <p>{t('calendar:feeds.intro')}</p>
      {error ? <Alert variant="error">{error}</Alert> : null}
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {created ? (
        <div className="feed-secret" key={created.token}>
          <TextField
            id="calendar-feed-url"
            label={t('calendar:feeds.urlLabel', { name: created.name })}
            hint={t('calendar:feeds.urlHint')}
            readOnly
            value={created.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p>
            <a href={created.url.replace(/^https?:/, 'webcal:')}>{t('calendar:feeds.webcal')}</a>
          </p>
        </div>
      ) : null}
      <Table
        caption={t('calendar:feeds.tableCaption')}
        captionHidden
        columns={columns}
        rows={scopes}
        rowKey={(s) => s.key}
      />
    </section>
  );
}
