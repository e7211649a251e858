import type { ReactNode } from 'react';
import { ChoiceFieldset, type ChoiceOption } from './ChoiceFieldset';

export type CheckboxOption = ChoiceOption;

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
export function CheckboxGroup({ options, values, onChange, ...rest }: CheckboxGroupProps) {
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the options' order, whatever the order of clicks.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <ChoiceFieldset
      {...rest}
      type="checkbox"
      options={options}
      isChecked={(value) => values.includes(value)}
      onToggle={toggle}
    />
  );
}
