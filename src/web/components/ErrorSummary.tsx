import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  /** Id of the field to link to (without '#'); omit for errors that concern no field. */
  fieldId?: string;
  message: string;
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  /** Defaults to "Det finns ett problem". */
  title?: string;
  /** Description above the list. */
  description?: string;
}

/**
 * GOV.UK error summary: shown at the top of a form after a failed submit, takes focus so it is
 * read out, and links to each field. Render it only when there are errors; it re-focuses
 * itself whenever the list of errors changes.
 */
export function ErrorSummary({ errors, title, description }: ErrorSummaryProps) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => `${error.fieldId ?? ''}:${error.message}`).join('|');

  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus when the errors change.
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [signature]);

  if (errors.length === 0) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    // Scroll the label or legend into view too, not only the input.
    const context = field.closest('fieldset, .field') ?? field;
    context.scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  };

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title ?? t('form.errorSummaryTitle')}
      </h2>
      {description ? <p>{description}</p> : null}
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId ?? ''}:${error.message}`}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId ?? '')}>
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
