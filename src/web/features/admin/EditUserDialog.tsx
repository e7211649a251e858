import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { Role } from '../../auth/auth-types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { AdminUser } from './admin-types';
import { type FieldErrors, readApiErrors, summaryItems } from './form-errors';
import { type UserDraft, type UserField, UserFields, userFieldIds } from './UserFields';

const order: readonly UserField[] = ['name', 'title', 'phone', 'roles', 'functions'];
const ids = userFieldIds('edit-user');

function draftOf(user: AdminUser): UserDraft {
  return {
    name: user.name,
    email: user.email,
    title: user.title,
    phone: user.phone,
    roles: user.roles,
    functions: user.functions,
  };
}

interface EditUserDialogProps {
  user: AdminUser | null;
  grantable: readonly Role[];
  onClose: () => void;
  onSaved: (user: AdminUser) => void;
}

/** Edits a user's details, roles and contact functions. */
export function EditUserDialog({ user, grantable, onClose, onSaved }: EditUserDialogProps) {
  const { t } = useTranslation(['admin', 'common']);
  const [draft, setDraft] = useState<UserDraft | null>(user ? draftOf(user) : null);
  const [errors, setErrors] = useState<FieldErrors<UserField>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);

  useEffect(() => {
    setDraft(user ? draftOf(user) : null);
    setErrors({});
    setFormError(null);
  }, [user]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!user || !draft || busy.current) return;
    if (draft.name.trim().length < 2) {
      setErrors({ name: t('admin:users.errors.nameRequired') });
      return;
    }
    busy.current = true;
    setSaving(true);
    try {
      const saved = await api.patch<AdminUser>(`/api/users/${user.id}`, {
        name: draft.name.trim(),
        title: draft.title.trim(),
        phone: draft.phone.trim(),
        roles: draft.roles,
        functions: draft.functions,
      });
      onSaved(saved);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      const reason = caught instanceof ApiError ? caught.details.reason : undefined;
      setErrors(read.fieldErrors);
      setFormError(
        reason === 'own_access' || reason === 'role_not_grantable'
          ? t(`admin:users.errors.${reason}`)
          : read.formError,
      );
    } finally {
      busy.current = false;
      setSaving(false);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  return (
    <Dialog
      open={user !== null}
      onClose={onClose}
      title={t('admin:users.edit.title', { name: user?.name ?? '' })}
    >
      {user && draft ? (
        <form noValidate onSubmit={(event) => void submit(event)}>
          {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
          <p className="muted">{user.email}</p>
          <UserFields
            prefix="edit-user"
            draft={draft}
            onChange={setDraft}
            errors={errors}
            grantable={grantable}
            withEmail={false}
          />
          <div className="button-group">
            <Button type="submit" aria-disabled={saving || undefined}>
              {saving ? t('admin:users.edit.saving') : t('common:actions.save')}
            </Button>
            <Button variant="secondary" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
