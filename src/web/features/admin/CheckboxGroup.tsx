import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, fieldClass, useFieldIds } from '../../components/field-parts';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

export interface CheckboxGroupProps {
  legend: ReactNode;
  options: CheckboxOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  hint?: ReactNode;
  error?: string | null;
  /** Id of the first checkbox, so an ErrorSummary can link to the group. */
  id?: string;
  inline?: boolean;
}

/** Several checkboxes under one legend (roles, contact functions). */
export function CheckboxGroup({
  legend,
  options,
  values,
  onChange,
  hint,
  error,
  id,
  inline,
}: CheckboxGroupProps) {
  const ids = useFieldIds(id);
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the options' order, whatever the order of clicks.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset
      className={fieldClass(error)}
      aria-describedby={describedBy(hint ? ids.hintId : null, error ? ids.errorId : null)}
    >
      <legend className="field__legend">{legend}</legend>
      {hint ? <FieldHint id={ids.hintId}>{hint}</FieldHint> : null}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      <div className={inline ? 'choice-list choice-list--inline' : 'choice-list'}>
        {options.map((option, index) => {
          const optionId = index === 0 ? ids.inputId : `${ids.inputId}-${index}`;
          const optionHintId = `${optionId}-hint`;
          return (
            <div className="choice" key={option.value}>
              <input
                className="choice__input"
                type="checkbox"
                id={optionId}
                value={option.value}
                checked={values.includes(option.value)}
                disabled={option.disabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? optionHintId : undefined}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label className="choice__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint ? (
                <span id={optionHintId} className="choice__hint">
                  {option.hint}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
