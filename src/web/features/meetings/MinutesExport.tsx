import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client';
import { TextField } from '../../components/TextField';

/** Every published minutes of a network for a period, as one PDF. */
export function MinutesExport({ networkId, networkName }: { networkId: string; networkName: string }) {
  const { t } = useTranslation('meetings');
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  return (
    <section aria-labelledby="minutes-export-title" className="admin-form">
      <h2 id="minutes-export-title">{t('meetings:export.title', { network: networkName })}</h2>
      <div className="field-row">
        <TextField
          id="export-from"
          type="date"
          width="short"
          label={t('meetings:export.from')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          id="export-to"
          type="date"
          width="short"
          label={t('meetings:export.to')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      {valid ? (
        <a
          className="button button--secondary"
          href={apiUrl(`/api/networks/${networkId}/minutes.pdf`, { from, to })}
        >
          {t('meetings:export.download')}
        </a>
      ) : (
        <p className="field__hint">{t('meetings:export.invalid')}</p>
      )}
    </section>
  );
}
