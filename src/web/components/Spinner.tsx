import { useTranslation } from 'react-i18next';

export interface SpinnerProps {
  /** Visible text; defaults to "Laddar …". */
  label?: string;
  /** Hide the text visually (it is still announced). */
  labelHidden?: boolean;
}

/** A loading indicator whose text is announced politely (role="status"). */
export function Spinner({ label, labelHidden = false }: SpinnerProps) {
  const { t } = useTranslation('common');
  return (
    <div className="spinner" role="status">
      <span className="spinner__icon" aria-hidden="true" />
      <span className={labelHidden ? 'visually-hidden' : undefined}>{label ?? t('status.loading')}</span>
    </div>
  );
}

export interface ProgressProps {
  label: string;
  value: number;
  max?: number;
  /** Text after the bar, e.g. "253 av 290". Defaults to a percentage. */
  valueText?: string;
}

/** A determinate progress bar (native <progress>) with a label and a live text value. */
export function Progress({ label, value, max = 100, valueText }: ProgressProps) {
  const text = valueText ?? `${Math.round((value / max) * 100)} %`;
  return (
    <div className="progress">
      <span className="field__label">{label}</span>
      <progress className="progress__bar" value={value} max={max} aria-label={label} aria-valuetext={text} />
      <span aria-live="polite">{text}</span>
    </div>
  );
}
