import { useTranslation } from 'react-i18next';
import type { Answers } from '../../../core/reports/answers';
import { isImpactLevel } from '../../../core/reports/impact';
import { ImpactBadge } from '../../components/ImpactBadge';
import { formatNumber } from '../../i18n/format';
import { splitKey } from './form-model';

/** One answer shown as read-only text: a level as its badge, a number formatted, a text as typed. */
export function AnswerValue({ answers, answerKey }: { answers: Answers; answerKey: string }) {
  const { t } = useTranslation('reports');
  const [kind, name = ''] = splitKey(answerKey);
  const empty = <span className="muted">{t('value.empty')}</span>;
  if (kind === 'impact') {
    const area = answers.areas[name];
    const level = area?.impact;
    if (!isImpactLevel(level)) return empty;
    const criteria = area?.criteria;
    return (
      <>
        <ImpactBadge level={level} />
        {criteria ? (
          <span className="answer-value__criteria">
            {' '}
            ({t(`criteria.a.${criteria.a}`)}, {t(`criteria.b.${criteria.b}`)}, {t(`criteria.c.${criteria.c}`)}
            )
          </span>
        ) : null}
      </>
    );
  }
  if (kind === 'figure') {
    const value = answers.figures[name];
    return typeof value === 'number' ? <span>{formatNumber(value)}</span> : empty;
  }
  const text = kind === 'comment' ? answers.areas[name]?.comment : answers.texts[name];
  return text?.trim() ? <span className="answer-value__text">{text}</span> : empty;
}
