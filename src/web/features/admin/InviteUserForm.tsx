import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Role } from '../../auth/auth-types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import type { AdminUser, OrganisationOption } from './admin-types';
import { type FieldErrors, readApiErrors, summaryItems } from './form-errors';
import { emptyDraft, type UserDraft, type UserField, UserFields, userFieldIds } from './UserFields';

type InviteField = UserField | 'orgId';
const order: readonly InviteField[] = ['orgId', 'name', 'email', 'title', 'phone', 'roles', 'functions'];
const ids: Record<InviteField, string> = { ...userFieldIds('invite'), orgId: 'invite-org' };

interface InviteUserFormProps {
  grantable: readonly Role[];
  /** System admins choose the organisation; others invite into their own. */
  organisations: OrganisationOption[] | null;
  defaultOrgId: string;
  onInvited: (user: AdminUser) => void;
}

export function InviteUserForm({ grantable, organisations, defaultOrgId, onInvited }: InviteUserFormProps) {
  const { t } = useTranslation(['admin', 'common']);
  const [draft, setDraft] = useState<UserDraft>(emptyDraft);
  const [orgId, setOrgId] = useState(defaultOrgId);
  const [errors, setErrors] = useState<FieldErrors<InviteField>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const busy = useRef(false);

  const validate = (): FieldErrors<InviteField> => {
    const found: FieldErrors<InviteField> = {};
    if (draft.name.trim().length < 2) found.name = t('admin:users.errors.nameRequired');
    if (draft.email.trim() === '') found.email = t('admin:users.errors.emailRequired');
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim()))
      found.email = t('admin:users.errors.emailInvalid');
    if (draft.roles.length === 0) found.roles = t('admin:users.errors.roleRequired');
    if (organisations && !orgId) found.orgId = t('admin:users.errors.orgRequired');
    return found;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy.current) return;
    const found = validate();
    setErrors(found);
    setFormError(null);
    setSent(null);
    if (Object.keys(found).length > 0) return;
    busy.current = true;
    setSending(true);
    try {
      const user = await api.post<AdminUser>('/api/users/invite', {
        email: draft.email.trim(),
        name: draft.name.trim(),
        title: draft.title.trim() || undefined,
        phone: draft.phone.trim() || undefined,
        roles: draft.roles,
        functions: draft.functions,
        ...(organisations ? { orgId } : {}),
      });
      setDraft(emptyDraft);
      setSent(t('admin:users.invited', { name: user.name, email: user.email }));
      onInvited(user);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    } finally {
      busy.current = false;
      setSending(false);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="admin-form"
      aria-labelledby="invite-heading"
    >
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
      <h2 id="invite-heading">{t('admin:users.invite.title')}</h2>
      <p>{t('admin:users.invite.intro')}</p>
      {sent ? <Alert variant="success">{sent}</Alert> : null}
      {organisations ? (
        <Select
          id={ids.orgId}
          label={t('admin:users.fields.organisation')}
          placeholder={t('admin:users.fields.organisationPlaceholder')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          value={orgId}
          onChange={(e) => setOrgId(e.target.value)}
          error={errors.orgId}
        />
      ) : null}
      <UserFields
        prefix="invite"
        draft={draft}
        onChange={setDraft}
        errors={errors}
        grantable={grantable}
        withEmail
      />
      <Button type="submit" aria-disabled={sending || undefined}>
        {sending ? t('admin:users.invite.sending') : t('admin:users.invite.submit')}
      </Button>
    </form>
  );
}
