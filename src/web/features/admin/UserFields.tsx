import { useTranslation } from 'react-i18next';
import { type Role, roles } from '../../auth/auth-types';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { TextField } from '../../components/TextField';
import { contactFunctions } from '../directory/contact-functions';
import type { FieldErrors } from './form-errors';

export type UserField = 'name' | 'email' | 'title' | 'phone' | 'roles' | 'functions';

export interface UserDraft {
  name: string;
  email: string;
  title: string;
  phone: string;
  roles: string[];
  functions: string[];
}

export const emptyDraft: UserDraft = {
  name: '',
  email: '',
  title: '',
  phone: '',
  roles: ['reporter'],
  functions: [],
};

export function userFieldIds(prefix: string): Record<UserField, string> {
  return {
    name: `${prefix}-name`,
    email: `${prefix}-email`,
    title: `${prefix}-title`,
    phone: `${prefix}-phone`,
    roles: `${prefix}-roles`,
    functions: `${prefix}-functions`,
  };
}

interface UserFieldsProps {
  prefix: string;
  draft: UserDraft;
  onChange: (draft: UserDraft) => void;
  errors: FieldErrors<UserField>;
  /** Roles the administrator may change; the others are shown but locked. */
  grantable: readonly Role[];
  /** The e-mail address is the sign-in name and is fixed once the account exists. */
  withEmail: boolean;
}

/** Name, contact details, roles and contact functions: shared by the invite form and the edit dialog. */
export function UserFields({ prefix, draft, onChange, errors, grantable, withEmail }: UserFieldsProps) {
  const { t } = useTranslation(['admin', 'common', 'registry']);
  const ids = userFieldIds(prefix);
  const set = <K extends keyof UserDraft>(key: K, value: UserDraft[K]) =>
    onChange({ ...draft, [key]: value });
  return (
    <>
      <TextField
        id={ids.name}
        label={t('admin:users.fields.name')}
        autoComplete="off"
        value={draft.name}
        onChange={(e) => set('name', e.target.value)}
        error={errors.name}
      />
      {withEmail ? (
        <TextField
          id={ids.email}
          type="email"
          label={t('admin:users.fields.email')}
          hint={t('admin:users.fields.emailHint')}
          autoComplete="off"
          spellCheck={false}
          value={draft.email}
          onChange={(e) => set('email', e.target.value)}
          error={errors.email}
        />
      ) : null}
      <TextField
        id={ids.title}
        label={t('admin:users.fields.title')}
        optional
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        error={errors.title}
      />
      <TextField
        id={ids.phone}
        type="tel"
        label={t('admin:users.fields.phone')}
        optional
        value={draft.phone}
        onChange={(e) => set('phone', e.target.value)}
        error={errors.phone}
      />
      <CheckboxGroup
        id={ids.roles}
        legend={t('admin:users.fields.roles')}
        hint={t('admin:users.fields.rolesHint')}
        options={roles.map((role) => ({
          value: role,
          label: t(`common:roles.${role}`),
          hint: t(`admin:roleHints.${role}`),
          disabled: !grantable.includes(role),
        }))}
        values={draft.roles}
        onChange={(values) => set('roles', values)}
        error={errors.roles}
      />
      <CheckboxGroup
        id={ids.functions}
        legend={t('admin:users.fields.functions')}
        hint={t('admin:users.fields.functionsHint')}
        options={contactFunctions.map((fn) => ({ value: fn, label: t(`registry:functions.${fn}`) }))}
        values={draft.functions}
        onChange={(values) => set('functions', values)}
        error={errors.functions}
      />
    </>
  );
}
