import type { Ref, SelectHTMLAttributes } from 'react';
import {
  describedBy,
  FieldError,
  FieldHint,
  FieldLabel,
  type FieldProps,
  fieldClass,
  useFieldIds,
} from './field-parts';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends FieldProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  options: SelectOption[];
  /** An empty first option, e.g. "Välj …". */
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
}

export function Select({
  label,
  hint,
  error,
  optional,
  id,
  options,
  placeholder,
  className,
  ref,
  ...select
}: SelectProps) {
  const ids = useFieldIds(id);
  return (
    <div className={fieldClass(error)}>
      <FieldLabel htmlFor={ids.inputId} optional={optional}>
        {label}
      </FieldLabel>
      {hint ? <FieldHint id={ids.hintId}>{hint}</FieldHint> : null}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      <select
        {...select}
        ref={ref}
        id={ids.inputId}
        className={['select', className ?? ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? ids.hintId : null, error ? ids.errorId : null)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
