import './mailbox.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { Tag, type TagVariant } from '../../components/Tag';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../i18n/format';

interface DevMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: 'queued' | 'sent' | 'failed';
  createdAt: string;
  sentAt: string | null;
}

const statusVariant: Record<DevMail['status'], TagVariant> = {
  queued: 'info',
  sent: 'success',
  failed: 'error',
};

/**
 * /dev/brevlada — every e-mail Samla has sent or queued, so invitations, password links
 * and reminders can be read in development without an SMTP server. Not in production.
 */
export function MailboxPage() {
  const { t } = useTranslation(['mailbox', 'common']);
  const [to, setTo] = useState('');
  const [filter, setFilter] = useState('');
  const mails = useApi<{ mails: DevMail[] }>('/api/dev/mailbox', { query: { to: filter || undefined } });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter(to.trim());
  };

  return (
    <>
      <h1>{t('mailbox:title')}</h1>
      <p className="lead">{t('mailbox:intro')}</p>
      <form className="mailbox-filter" onSubmit={apply} aria-label={t('mailbox:filter.label')}>
        <TextField
          label={t('mailbox:filter.to')}
          type="search"
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('mailbox:filter.submit')}
        </Button>
        <Button variant="secondary" onClick={mails.reload}>
          {t('mailbox:reload')}
        </Button>
      </form>
      {mails.error ? (
        <Alert variant="error">
          {mails.error.status === 404 ? t('mailbox:unavailable') : mails.error.message}
        </Alert>
      ) : null}
      {mails.loading && !mails.data ? <Spinner /> : null}
      {mails.data ? (
        <>
          <p aria-live="polite">{t('mailbox:count', { count: mails.data.mails.length })}</p>
          <ol className="mailbox-list">
            {mails.data.mails.map((mail) => (
              <li key={mail.id}>
                <article className="mail" aria-labelledby={`mail-${mail.id}`}>
                  <h2 className="mail__subject" id={`mail-${mail.id}`}>
                    {mail.subject}
                  </h2>
                  <p className="mail__meta">
                    {t('mailbox:to')} <strong>{mail.to}</strong> · {formatDateTime(mail.createdAt)}{' '}
                    <Tag variant={statusVariant[mail.status]}>{t(`mailbox:status.${mail.status}`)}</Tag>
                  </p>
                  <pre className="mail__text">{mail.text}</pre>
                </article>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
