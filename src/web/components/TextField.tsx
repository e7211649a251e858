import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import {
  describedBy,
  FieldError,
  FieldHint,
  FieldLabel,
  type FieldProps,
  fieldClass,
  useFieldIds,
} from './field-parts';

export interface TextFieldProps extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  /** 'short' for codes, years, small numbers. */
  width?: 'short' | 'full';
  /** Text after the input, e.g. a unit. */
  suffix?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  hint,
  error,
  optional,
  id,
  width = 'full',
  suffix,
  className,
  ref,
  type = 'text',
  ...input
}: TextFieldProps) {
  const ids = useFieldIds(id);
  const control = (
    <input
      {...input}
      ref={ref}
      id={ids.inputId}
      type={type}
      className={['input', width === 'short' ? 'input--short' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(
        hint ? ids.hintId : null,
        error ? ids.errorId : null,
        input['aria-describedby'],
      )}
    />
  );
  return (
    <div className={fieldClass(error)}>
      <FieldLabel htmlFor={ids.inputId} optional={optional}>
        {label}
      </FieldLabel>
      {hint ? <FieldHint id={ids.hintId}>{hint}</FieldHint> : null}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      {suffix ? (
        <span className="input-affix">
          {control}
          <span className="input-affix__suffix" aria-hidden="true">
            {suffix}
          </span>
        </span>
      ) : (
        control
      )}
    </div>
  );
}
