import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { Button } from '../components/Button';
import { ErrorSummary, type ErrorSummaryItem } from '../components/ErrorSummary';
import { Spinner } from '../components/Spinner';
import { TextField } from '../components/TextField';
import { usePageTitle } from '../layout/page-title';
import { useAuth } from './AuthProvider';

type Field = 'email' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

const fieldIds: Record<Field, string> = { email: 'login-email', password: 'login-password' };

/** Only same-site paths, so ?next= cannot send someone to another site after signing in. */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

function isField(path: string): path is Field {
  return path === 'email' || path === 'password';
}

export function LoginPage() {
  const { t } = useTranslation('common');
  const { status, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const busy = useRef(false);
  const hasErrors = formError !== null || Object.keys(fieldErrors).length > 0;
  // GOV.UK: the title starts with "Fel:" while the form shows errors.
  usePageTitle(hasErrors ? `${t('form.errorPrefix')} ${t('login.title')}` : null);

  if (status === 'loading') return <Spinner label={t('auth.checking')} />;
  if (status === 'authenticated' && !submitting) return <Navigate to={next} replace />;

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (email.trim() === '') errors.email = t('login.errors.emailRequired');
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = t('login.errors.emailInvalid');
    if (password === '') errors.password = t('login.errors.passwordRequired');
    return errors;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy.current) return;
    const errors = validate();
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    busy.current = true;
    setSubmitting(true);
    try {
      await login(email.trim(), password);
      navigate(next, { replace: true });
    } catch (caught) {
      setPassword('');
      if (caught instanceof ApiError && caught.fieldErrors.length > 0) {
        const fromServer: FieldErrors = {};
        for (const field of caught.fieldErrors)
          if (isField(field.path)) fromServer[field.path] = field.message;
        setFieldErrors(fromServer);
        if (Object.keys(fromServer).length === 0) setFormError(caught.message);
      } else {
        setFormError(caught instanceof ApiError ? caught.message : t('errors.unexpected'));
      }
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  };

  const summary: ErrorSummaryItem[] = [
    ...(formError ? [{ fieldId: fieldIds.email, message: formError }] : []),
    ...(['email', 'password'] as const).flatMap((field) => {
      const message = fieldErrors[field];
      return message ? [{ fieldId: fieldIds[field], message }] : [];
    }),
  ];

  return (
    <div className="narrow">
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={fieldIds.email}
          label={t('login.email')}
          type="email"
          name="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors.email}
        />
        <TextField
          id={fieldIds.password}
          label={t('login.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <Button type="submit" aria-disabled={submitting || undefined}>
          {submitting ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
      <p>
        <Link to="/losenord/glomt">{t('login.forgot')}</Link>
      </p>
    </div>
  );
}
