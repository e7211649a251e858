import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { TextField } from '../../components/TextField';

export interface RecipientOption {
  orgId: string;
  name: string;
  kind: string;
}

export interface RecipientPickerProps {
  id: string;
  members: readonly RecipientOption[];
  value: readonly string[];
  onChange: (orgIds: string[]) => void;
  error?: string | null;
}

/**
 * The organisations a consultation goes to: a filter over the network's members, every
 * municipality in one action, and a count of how many are chosen. Choices outside the
 * filter are kept.
 */
export function RecipientPicker({ id, members, value, onChange, error }: RecipientPickerProps) {
  const { t } = useTranslation('consultations');
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase('sv');
  const shown = needle ? members.filter((m) => m.name.toLocaleLowerCase('sv').includes(needle)) : members;
  const chosen = new Set(value);
  const municipalities = members.filter((m) => m.kind === 'municipality').map((m) => m.orgId);
  const set = (next: Set<string>) => onChange(members.map((m) => m.orgId).filter((o) => next.has(o)));

  return (
    <fieldset
      className={['field', 'recipient-picker', error ? 'field--error' : ''].filter(Boolean).join(' ')}
    >
      <legend className="field__legend">{t('new.recipients.legend')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('new.recipients.hint')}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="recipient-picker__actions">
        <Button
          variant="secondary"
          size="small"
          onClick={() => set(new Set([...value, ...municipalities]))}
          id={id}
        >
          {t('new.recipients.allMunicipalities', { count: municipalities.length })}
        </Button>
        <Button variant="secondary" size="small" onClick={() => set(new Set())}>
          {t('new.recipients.none')}
        </Button>
      </div>
      <TextField
        label={t('new.recipients.filter')}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        type="search"
        autoComplete="off"
      />
      <p aria-live="polite" className="recipient-picker__count">
        {t('new.recipients.count', { count: value.length, total: members.length })}
      </p>
      <div className="recipient-picker__list">
        {shown.map((m) => (
          <Checkbox
            key={m.orgId}
            label={m.name}
            checked={chosen.has(m.orgId)}
            onChange={(e) => {
              const next = new Set(value);
              if (e.currentTarget.checked) next.add(m.orgId);
              else next.delete(m.orgId);
              set(next);
            }}
          />
        ))}
        {shown.length === 0 ? <p>{t('new.recipients.noMatch')}</p> : null}
      </div>
    </fieldset>
  );
}
