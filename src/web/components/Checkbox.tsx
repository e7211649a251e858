import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describedBy, FieldError, FieldHint, useFieldIds } from './field-parts';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  id?: string;
  ref?: Ref<HTMLInputElement>;
}

export function Checkbox({ label, hint, error, id, className, ref, ...input }: CheckboxProps) {
  const ids = useFieldIds(id);
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      <div className="choice">
        <input
          {...input}
          ref={ref}
          id={ids.inputId}
          type="checkbox"
          className="choice__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint ? ids.hintId : null, error ? ids.errorId : null)}
        />
        <label className="choice__label" htmlFor={ids.inputId}>
          {label}
        </label>
        {hint ? (
          <span className="choice__hint">
            <FieldHint id={ids.hintId}>{hint}</FieldHint>
          </span>
        ) : null}
      </div>
    </div>
  );
}
