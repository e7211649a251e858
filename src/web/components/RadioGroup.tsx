import type { ReactNode } from 'react';
import { ChoiceFieldset, type ChoiceOption } from './ChoiceFieldset';

export type RadioOption = ChoiceOption;

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

export function RadioGroup({ value, onChange, ...rest }: RadioGroupProps) {
  return (
    <ChoiceFieldset
      {...rest}
      type="radio"
      isChecked={(option) => value === option}
      onToggle={(option) => onChange(option)}
    />
  );
}
