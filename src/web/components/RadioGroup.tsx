import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, fieldClass, useFieldIds } from './field-parts';

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

export interface RadioGroupProps {
  legend: ReactNode;
  /** The radios' shared name; defaults to the group id. */
  name?: string;
  options: RadioOption[];
  value: string | null;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  /** Id of the first radio, so an ErrorSummary can link to the group. */
  id?: string;
  /** Side by side instead of stacked (for two or three short options). */
  inline?: boolean;
  required?: boolean;
}

export function RadioGroup({
  legend,
  name,
  options,
  value,
  onChange,
  hint,
  error,
  id,
  inline = false,
  required,
}: RadioGroupProps) {
  const ids = useFieldIds(id);
  const groupName = name ?? ids.inputId;
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
                type="radio"
                id={optionId}
                name={groupName}
                value={option.value}
                checked={value === option.value}
                disabled={option.disabled}
                required={required}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? optionHintId : undefined}
                onChange={() => onChange(option.value)}
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
