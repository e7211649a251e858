import type { Ref } from 'react';
import {
  describedBy,
  FieldError,
  FieldHint,
  FieldLabel,
  fieldClass,
  useFieldIds,
} from '../../components/field-parts';

export interface FileFieldProps {
  id: string;
  label: string;
  hint: string;
  accept: string;
  error?: string | null;
  onChange: (file: File | null) => void;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled native file input: keyboard and screen readers get the browser's own control. */
export function FileField({ id, label, hint, accept, error, onChange, ref }: FileFieldProps) {
  const ids = useFieldIds(id);
  return (
    <div className={fieldClass(error, 'file-field')}>
      <FieldLabel htmlFor={ids.inputId}>{label}</FieldLabel>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      <input
        ref={ref}
        id={ids.inputId}
        name="file"
        type="file"
        className="file-field__input"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids.hintId, error ? ids.errorId : null)}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
      />
    </div>
  );
}
