import { useTranslation } from 'react-i18next';
import type { ChangeStatus } from '../../../core/reports/carry-over';
import type { FigureDefinition } from '../../../core/reports/template-definition';
import { figureBounds } from '../../../core/reports/validate-answers';
import { NumberField } from '../../components/NumberField';
import { formatNumber } from '../../i18n/format';
import { AnswerTag } from './AnswerTag';
import { localized } from './form-model';

export interface FigureInputProps {
  figure: FigureDefinition;
  text: string;
  change: ChangeStatus | undefined;
  disabled: boolean;
  error: string | null;
  onChange: (text: string) => void;
}

/** One key figure: a text input for numbers (Swedish decimal comma), its unit and its bounds. */
export function FigureInput({ figure, text, change, disabled, error, onChange }: FigureInputProps) {
  const { t, i18n } = useTranslation('reports');
  const { min, max } = figureBounds(figure);
  const kind = figure.type === 'integer' ? t('figure.integer') : t('figure.number');
  const range =
    min !== undefined && max !== undefined
      ? t('figure.between', { min: formatNumber(min), max: formatNumber(max) })
      : min !== undefined
        ? t('figure.atLeast', { min: formatNumber(min) })
        : max !== undefined
          ? t('figure.atMost', { max: formatNumber(max) })
          : '';
  return (
    <NumberField
      id={`f-figures-${figure.key}`}
      label={
        <>
          {localized(figure.label, i18n.language)} <AnswerTag status={change} />
        </>
      }
      hint={[kind, range].filter(Boolean).join(', ')}
      optional={!figure.required}
      integer={figure.type === 'integer'}
      unit={figure.unit}
      value={text}
      disabled={disabled}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
