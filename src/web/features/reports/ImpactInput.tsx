import { useTranslation } from 'react-i18next';
import type { ImpactCriteria, ImpactLevel } from '../../../core/reports/answers';
import { criterionA, criterionB, criterionC } from '../../../core/reports/answers';
import { impactFromCriteria } from '../../../core/reports/impact';
import type { AreaDefinition } from '../../../core/reports/template-definition';
import { ImpactBadge } from '../../components/ImpactBadge';
import { RadioGroup } from '../../components/RadioGroup';
import { completeCriteria, type ImpactMethod } from './form-model';

const criteria = { a: criterionA.options, b: criterionB.options, c: criterionC.options } as const;

export interface ImpactInputProps {
  area: AreaDefinition;
  method: ImpactMethod;
  impact: ImpactLevel | null;
  partial: Partial<ImpactCriteria>;
  disabled: boolean;
  errors: Record<string, string>;
  onMethod: (method: ImpactMethod) => void;
  onImpact: (level: ImpactLevel) => void;
  onCriterion: (name: 'a' | 'b' | 'c', value: string) => void;
}

function isLevel(value: number): value is ImpactLevel {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/**
 * The impact of one area: criteria A, B and C with the level computed as they are answered,
 * or the level chosen directly; when the template allows both, the reporter picks the way.
 */
export function ImpactInput(props: ImpactInputProps) {
  const { t } = useTranslation(['reports', 'common']);
  const { area, method, partial, errors } = props;
  const base = `f-areas-${area.key}`;
  const complete = completeCriteria(partial);
  const computed = complete ? impactFromCriteria(complete) : null;

  return (
    <div className="impact-input">
      {area.impactMode === 'either' ? (
        <RadioGroup
          legend={t('reports:impact.method')}
          name={`${base}-method`}
          inline
          value={method}
          options={[
            { value: 'criteria', label: t('reports:impact.byCriteria'), disabled: props.disabled },
            { value: 'direct', label: t('reports:impact.direct'), disabled: props.disabled },
          ]}
          onChange={(value) => props.onMethod(value === 'criteria' ? 'criteria' : 'direct')}
        />
      ) : null}

      {method === 'criteria' ? (
        <>
          {(['a', 'b', 'c'] as const).map((name) => (
            <RadioGroup
              key={name}
              id={`${base}-criteria-${name}`}
              legend={t(`reports:criteria.${name}.legend`)}
              inline
              value={partial[name] ?? null}
              error={errors[`${base}-criteria-${name}`] ?? null}
              options={criteria[name].map((value) => ({
                value,
                label: t(`reports:criteria.${name}.${value}`),
                disabled: props.disabled,
              }))}
              onChange={(value) => props.onCriterion(name, value)}
            />
          ))}
          <p className="impact-input__computed" aria-live="polite">
            {computed ? (
              <>
                {t('reports:impact.computed')} <ImpactBadge level={computed} />
              </>
            ) : (
              t('reports:impact.computedPending')
            )}
          </p>
        </>
      ) : (
        <RadioGroup
          id={`${base}-impact`}
          legend={t('reports:impact.level')}
          value={props.impact === null ? null : String(props.impact)}
          error={errors[`${base}-impact`] ?? null}
          options={[1, 2, 3, 4, 5].filter(isLevel).map((level) => ({
            value: String(level),
            label: `${level} ${t(`common:impact.${level}`)}`,
            disabled: props.disabled,
          }))}
          onChange={(value) => {
            const level = Number(value);
            if (isLevel(level)) props.onImpact(level);
          }}
        />
      )}
    </div>
  );
}
