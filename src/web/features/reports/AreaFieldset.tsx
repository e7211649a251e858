import { useTranslation } from 'react-i18next';
import type { AreaAnswer, ImpactCriteria, ImpactLevel } from '../../../core/reports/answers';
import type { ChangeStatus } from '../../../core/reports/carry-over';
import { isImpactLevel } from '../../../core/reports/impact';
import type { AreaDefinition } from '../../../core/reports/template-definition';
import { AnswerTag } from './AnswerTag';
import { AnswerText } from './AnswerText';
import { FigureInput } from './FigureInput';
import { type ImpactMethod, localized } from './form-model';
import { ImpactInput } from './ImpactInput';
import type { CommentCarry } from './report-types';

export interface AreaFieldsetProps {
  area: AreaDefinition;
  answer: AreaAnswer | undefined;
  method: ImpactMethod;
  partial: Partial<ImpactCriteria>;
  figureText: Record<string, string>;
  changes: Record<string, ChangeStatus>;
  carry: Record<string, CommentCarry>;
  errors: Record<string, string>;
  disabled: boolean;
  onMethod: (method: ImpactMethod) => void;
  onImpact: (level: ImpactLevel) => void;
  onCriterion: (name: 'a' | 'b' | 'c', value: string) => void;
  onFigure: (key: string, text: string) => void;
  onComment: (text: string) => void;
}

/** One area of operation: its impact, its key figures and its comment, as one fieldset. */
export function AreaFieldset(props: AreaFieldsetProps) {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const { area, answer } = props;
  const commentKey = `comment:${area.key}`;
  const commentId = `f-areas-${area.key}-comment`;
  const required = area.commentRequiredFrom;
  return (
    <fieldset className="report-area" id={`area-${area.key}`}>
      <legend className="report-area__legend">{localized(area.label, i18n.language)}</legend>
      <p className="report-area__change">
        {t('reports:impact.title')} <AnswerTag status={props.changes[`impact:${area.key}`]} />
      </p>
      <ImpactInput
        area={area}
        method={props.method}
        impact={isImpactLevel(answer?.impact) ? answer.impact : null}
        partial={props.partial}
        disabled={props.disabled}
        errors={props.errors}
        onMethod={props.onMethod}
        onImpact={props.onImpact}
        onCriterion={props.onCriterion}
      />
      {area.figures.map((figure) => (
        <FigureInput
          key={figure.key}
          figure={figure}
          text={props.figureText[figure.key] ?? ''}
          change={props.changes[`figure:${figure.key}`]}
          disabled={props.disabled}
          error={props.errors[`f-figures-${figure.key}`] ?? null}
          onChange={(text) => props.onFigure(figure.key, text)}
        />
      ))}
      <AnswerText
        id={commentId}
        label={
          <>
            {t('reports:comment.label')} <AnswerTag status={props.changes[commentKey]} />
          </>
        }
        hint={
          required ? t('reports:comment.requiredFrom', { level: t(`common:impact.${required}`) }) : undefined
        }
        value={answer?.comment ?? ''}
        maxLength={4000}
        optional
        disabled={props.disabled}
        error={props.errors[commentId] ?? null}
        carry={props.changes[commentKey] === 'unchanged' ? (props.carry[commentKey] ?? null) : null}
        onChange={props.onComment}
      />
    </fieldset>
  );
}
