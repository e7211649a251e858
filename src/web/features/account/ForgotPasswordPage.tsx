import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../layout/page-title';
import { useFocusHeading } from './use-focus-heading';

const emailId = 'forgot-email';

/** /losenord/glomt — asks for a reset link. The answer is the same whether the account exists or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['admin', 'common']);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const busy = useRef(false);
  const heading = useFocusHeading(sentTo ? 'sent' : 'form');
  usePageTitle(error ? `${t('common:form.errorPrefix')} ${t('admin:account.forgot.title')}` : null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy.current) return;
    const value = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      setError(value ? t('common:login.errors.emailInvalid') : t('common:login.errors.emailRequired'));
      return;
    }
    setError(null);
    busy.current = true;
    setSending(true);
    try {
      await api.post('/api/auth/password-reset', { email: value });
      setSentTo(value);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
    } finally {
      busy.current = false;
      setSending(false);
    }
  };

  if (sentTo) {
    return (
      <div className="narrow">
        <h1 ref={heading} tabIndex={-1}>
          {t('admin:account.forgot.sentTitle')}
        </h1>
        <Alert variant="success">
          <p>{t('admin:account.forgot.sent', { email: sentTo })}</p>
        </Alert>
        <p>
          <Link to="/login">{t('admin:account.toLogin')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow">
      {error ? <ErrorSummary errors={[{ fieldId: emailId, message: error }]} /> : null}
      <h1>{t('admin:account.forgot.title')}</h1>
      <p>{t('admin:account.forgot.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={emailId}
          label={t('common:login.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={error}
        />
        <Button type="submit" aria-disabled={sending || undefined}>
          {sending ? t('admin:account.forgot.sending') : t('admin:account.forgot.submit')}
        </Button>
      </form>
      <p>
        <Link to="/login">{t('admin:account.toLogin')}</Link>
      </p>
    </div>
  );
}
