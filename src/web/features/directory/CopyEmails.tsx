import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Textarea } from '../../components/Textarea';

/**
 * Copies the addresses, separated by "; " as Outlook and most mail programs accept them.
 * Where the browser refuses the clipboard (no secure context), the addresses appear in a
 * text box to copy by hand.
 */
export function CopyEmails({ emails }: { emails: string[] }) {
  const { t } = useTranslation('directory');
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState(false);
  const text = emails.join('; ');

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setManual(false);
      setStatus(t('directory.copied', { count: emails.length }));
    } catch {
      setManual(true);
      setStatus(t('directory.copyManually'));
    }
  };

  return (
    <div className="copy-emails">
      <div className="row-actions">
        <Button variant="secondary" onClick={() => void copy()} disabled={emails.length === 0}>
          {t('directory.copy', { count: emails.length })}
        </Button>
        {emails.length > 0 && emails.length <= 50 ? (
          <a
            className="button button--secondary"
            href={`mailto:?bcc=${encodeURIComponent(emails.join(','))}`}
          >
            {t('directory.mailAll')}
          </a>
        ) : null}
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      {manual ? <Textarea label={t('directory.addresses')} readOnly value={text} rows={4} /> : null}
    </div>
  );
}
