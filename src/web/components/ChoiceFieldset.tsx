import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, fieldClass, useFieldIds } from './field-parts';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

export interface ChoiceFieldsetProps {
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  /** The inputs' shared name; radios get the group id when none is given. */
  name?: string;
  options: ChoiceOption[];
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
  hint?: ReactNode;
  error?: string | null;
  /** Id of the first input, so an ErrorSummary can link to the group. */
  id?: string;
  inline?: boolean;
  required?: boolean;
}

/** The fieldset, legend, hint, error and option list that radio and checkbox groups share. */
export function ChoiceFieldset({
  type,
  legend,
  name,
  options,
  isChecked,
  onToggle,
  hint,
  error,
  id,
  inline = false,
  required,
}: ChoiceFieldsetProps) {
  const ids = useFieldIds(id);
  const groupName = name ?? (type === 'radio' ? ids.inputId : undefined);
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
                type={type}
                id={optionId}
                name={groupName}
                value={option.value}
                checked={isChecked(option.value)}
                disabled={option.disabled}
                required={required}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? optionHintId : undefined}
                onChange={(event) => onToggle(option.value, event.target.checked)}
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
