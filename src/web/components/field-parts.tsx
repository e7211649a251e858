import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldIds {
  inputId: string;
  hintId: string;
  errorId: string;
}

/** Stable ids for a field; pass your own `id` when an ErrorSummary must link to the field. */
export function useFieldIds(id?: string): FieldIds {
  const generated = useId();
  const base = id ?? `field-${generated.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return { inputId: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

/** Joins the ids that exist into an aria-describedby value (undefined when none). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span id={id} className="field__hint">
      {children}
    </span>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <span id={id} className="field__error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {children}
    </span>
  );
}

export function FieldLabel({
  htmlFor,
  optional,
  children,
}: {
  htmlFor: string;
  optional?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <label className="field__label" htmlFor={htmlFor}>
      {children}
      {optional ? <span className="field__optional"> ({t('form.optional')})</span> : null}
    </label>
  );
}

export interface FieldProps {
  /** Visible label. */
  label: ReactNode;
  /** Help text under the label, read out with the field. */
  hint?: ReactNode;
  /** Error message; marks the field invalid. */
  error?: string | null;
  /** Shows "(valfritt)" after the label. */
  optional?: boolean;
  /** The input's id; give one when an ErrorSummary links here. */
  id?: string;
}

export function fieldClass(error: string | null | undefined, extra?: string): string {
  return ['field', error ? 'field--error' : '', extra ?? ''].filter(Boolean).join(' ');
}
