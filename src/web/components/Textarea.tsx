import type { Ref, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describedBy,
  FieldError,
  FieldHint,
  FieldLabel,
  type FieldProps,
  fieldClass,
  useFieldIds,
} from './field-parts';

export interface TextareaProps extends FieldProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  /** Shows "n of max characters" when maxLength is set. */
  showCount?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

export function Textarea({
  label,
  hint,
  error,
  optional,
  id,
  showCount = true,
  className,
  ref,
  rows = 5,
  ...textarea
}: TextareaProps) {
  const { t } = useTranslation('common');
  const ids = useFieldIds(id);
  const countId = `${ids.inputId}-count`;
  const length = typeof textarea.value === 'string' ? textarea.value.length : null;
  const counted = showCount && textarea.maxLength !== undefined && length !== null;
  return (
    <div className={fieldClass(error)}>
      <FieldLabel htmlFor={ids.inputId} optional={optional}>
        {label}
      </FieldLabel>
      {hint ? <FieldHint id={ids.hintId}>{hint}</FieldHint> : null}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      <textarea
        {...textarea}
        ref={ref}
        rows={rows}
        id={ids.inputId}
        className={['textarea', className ?? ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(
          hint ? ids.hintId : null,
          error ? ids.errorId : null,
          counted ? countId : null,
        )}
      />
      {counted ? (
        <span id={countId} className="field__hint">
          {t('form.characterCount', { count: length, max: textarea.maxLength })}
        </span>
      ) : null}
    </div>
  );
}
