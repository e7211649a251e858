import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import type { CreatedApiToken } from './api-token-types';

/**
 * The secret of a token just created, shown once, with a copy button. The field is
 * read-only and selected on focus so copying by keyboard works where the clipboard API
 * is not allowed.
 */
export function NewTokenSecret({ created }: { created: CreatedApiToken }) {
  const { t } = useTranslation('apiTokens');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };

  return (
    <section className="token-secret" aria-labelledby="token-secret-heading">
      <h2 id="token-secret-heading" ref={heading} tabIndex={-1}>
        {t('secret.heading', { name: created.token.name })}
      </h2>
      <Alert variant="warning">{t('secret.once')}</Alert>
      <div className="field">
        <label className="field__label" htmlFor="token-secret-value">
          {t('secret.label')}
        </label>
        <input
          id="token-secret-value"
          className="input token-secret__value"
          readOnly
          value={created.secret}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <Button variant="secondary" onClick={() => void copy()}>
        {t('secret.copy')}
      </Button>
      <p aria-live="polite" className="token-secret__status">
        {copied === 'yes' ? t('secret.copied') : copied === 'no' ? t('secret.copyFailed') : ''}
      </p>
    </section>
  );
}
