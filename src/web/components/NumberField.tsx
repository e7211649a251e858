import type { ReactNode } from 'react';
import { TextField, type TextFieldProps } from './TextField';

export interface NumberFieldProps extends Omit<TextFieldProps, 'type' | 'inputMode' | 'suffix'> {
  /** Whole numbers only: numeric keyboard without a decimal key. */
  integer?: boolean;
  /** Unit shown after the field, e.g. "st" or "%". Also read out via the label. */
  unit?: ReactNode;
}

/**
 * A text input for numbers (GOV.UK advice: not type="number", which changes values on scroll
 * and rejects "1 234,5"). Parse the value with parseLocaleNumber from i18n/format.
 */
export function NumberField({ integer = false, unit, width = 'short', ...props }: NumberFieldProps) {
  return (
    <TextField
      {...props}
      type="text"
      inputMode={integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      spellCheck={false}
      width={width}
      suffix={unit}
    />
  );
}
