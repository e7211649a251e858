import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../layout/page-title';
import { useFocusHeading } from './use-focus-heading';

/** The server's rule (platform/auth/password.ts); checked here first to answer at once. */
const MIN_LENGTH = 12;
const ids = { password: 'new-password', repeat: 'new-password-repeat' } as const;
type Field = keyof typeof ids;

/**
 * /losenord/nytt?token=… — chooses a password from an invitation or a reset link. The token
 * works once; an old or used link says so and offers a new one.
 */
export function SetPasswordPage() {
  const { t } = useTranslation(['admin', 'common']);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [state, setState] = useState<'form' | 'done' | 'expired'>(token.length >= 20 ? 'form' : 'expired');
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);
  const heading = useFocusHeading(state);
  const hasErrors = formError !== null || Object.keys(errors).length > 0;
  usePageTitle(hasErrors ? `${t('common:form.errorPrefix')} ${t('admin:account.setPassword.title')}` : null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy.current) return;
    const found: Partial<Record<Field, string>> = {};
    if (password.length < MIN_LENGTH)
      found.password = t('admin:account.setPassword.tooShort', { min: MIN_LENGTH });
    if (repeat !== password) found.repeat = t('admin:account.setPassword.mismatch');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    busy.current = true;
    setSaving(true);
    try {
      await api.post('/api/auth/set-password', { token, password });
      setState('done');
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) setState('expired');
      else if (caught instanceof ApiError && caught.fieldErrors.some((f) => f.path === 'password')) {
        setErrors({
          password: caught.fieldErrors.find((f) => f.path === 'password')?.message ?? caught.message,
        });
      } else setFormError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
    } finally {
      busy.current = false;
      setSaving(false);
    }
  };

  if (state === 'done') {
    return (
      <div className="narrow">
        <h1 ref={heading} tabIndex={-1}>
          {t('admin:account.setPassword.doneTitle')}
        </h1>
        <Alert variant="success">
          <p>{t('admin:account.setPassword.done')}</p>
        </Alert>
        <p>
          <Link to="/login">{t('admin:account.toLogin')}</Link>
        </p>
      </div>
    );
  }
  if (state === 'expired') {
    return (
      <div className="narrow">
        <h1 ref={heading} tabIndex={-1}>
          {t('admin:account.setPassword.expiredTitle')}
        </h1>
        <p>{t('admin:account.setPassword.expired')}</p>
        <p>
          <Link to="/losenord/glomt">{t('admin:account.setPassword.requestNew')}</Link>
        </p>
      </div>
    );
  }

  const summary = [
    ...(formError ? [{ message: formError }] : []),
    ...(['password', 'repeat'] as const).flatMap((f) => {
      const message = errors[f];
      return message ? [{ fieldId: ids[f], message }] : [];
    }),
  ];
  return (
    <div className="narrow">
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
      <h1>{t('admin:account.setPassword.title')}</h1>
      <p>{t('admin:account.setPassword.intro', { min: MIN_LENGTH })}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={ids.password}
          type="password"
          label={t('admin:account.setPassword.password')}
          hint={t('admin:account.setPassword.hint', { min: MIN_LENGTH })}
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <TextField
          id={ids.repeat}
          type="password"
          label={t('admin:account.setPassword.repeat')}
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={errors.repeat}
        />
        <Button type="submit" aria-disabled={saving || undefined}>
          {saving ? t('admin:account.setPassword.saving') : t('admin:account.setPassword.submit')}
        </Button>
      </form>
    </div>
  );
}
