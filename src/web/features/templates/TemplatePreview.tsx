import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AreaDefinition,
  FigureDefinition,
  LocalizedText,
  TemplateDefinition,
} from '../../../core/reports/template-definition';
import { NumberField } from '../../components/NumberField';
import { RadioGroup } from '../../components/RadioGroup';
import { Textarea } from '../../components/Textarea';

function useLabel(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  return (text) => (i18n.language === 'en' && text.en ? text.en : text.sv);
}

function FigurePreview({ figure, idPrefix }: { figure: FigureDefinition; idPrefix: string }) {
  const { t } = useTranslation('templates');
  const label = useLabel();
  const bounds =
    figure.min !== undefined && figure.max !== undefined
      ? t('preview.between', { min: figure.min, max: figure.max })
      : figure.min !== undefined
        ? t('preview.atLeast', { min: figure.min })
        : figure.max !== undefined
          ? t('preview.atMost', { max: figure.max })
          : undefined;
  const hint = [bounds, figure.countsPersons ? t('preview.countsPersons') : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <NumberField
      id={idPrefix}
      label={label(figure.label)}
      integer={figure.type === 'integer'}
      unit={figure.unit}
      optional={!figure.required}
      hint={hint || undefined}
    />
  );
}

function AreaPreview({ area, idPrefix }: { area: AreaDefinition; idPrefix: string }) {
  // Ids come from positions: a draft may hold duplicate keys until the server refuses them.
  const { t } = useTranslation(['templates', 'common']);
  const label = useLabel();
  const [impact, setImpact] = useState<string | null>(null);
  const levels = [1, 2, 3, 4, 5].map((level) => ({
    value: String(level),
    label: `${level} ${t(`common:impact.${level}`)}`,
  }));
  const commentHint =
    area.commentRequiredFrom === null
      ? undefined
      : t('templates:preview.commentRequired', { name: t(`common:impact.${area.commentRequiredFrom}`) });
  return (
    <section className="preview-area" aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>{label(area.label)}</h3>
      {area.impactMode !== 'direct' ? <p>{t(`templates:preview.mode.${area.impactMode}`)}</p> : null}
      <RadioGroup
        id={`${idPrefix}-impact`}
        legend={t('templates:preview.impact')}
        options={levels}
        value={impact}
        onChange={setImpact}
        inline
      />
      <Textarea
        id={`${idPrefix}-comment`}
        label={t('templates:preview.comment')}
        hint={commentHint}
        maxLength={4000}
        rows={3}
      />
      {area.figures.map((figure, j) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: keys may repeat in a draft; the position is the identity here.
        <FigurePreview key={j} figure={figure} idPrefix={`${idPrefix}-f${j}`} />
      ))}
    </section>
  );
}

/**
 * The form as reporters will see it, from a definition (the draft or a stored version).
 * Nothing typed here is saved.
 */
export function TemplatePreview({
  definition,
  idPrefix,
}: {
  definition: TemplateDefinition;
  idPrefix: string;
}) {
  const { t } = useTranslation('templates');
  const label = useLabel();
  return (
    <div>
      <p className="muted">{t('preview.note')}</p>
      {definition.areas.map((area, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: keys may repeat in a draft; the position is the identity here.
        <AreaPreview key={i} area={area} idPrefix={`${idPrefix}-a${i}`} />
      ))}
      {definition.figures.length > 0 ? (
        <section className="preview-area" aria-labelledby={`${idPrefix}-general`}>
          <h3 id={`${idPrefix}-general`}>{t('preview.generalFigures')}</h3>
          {definition.figures.map((figure, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: keys may repeat in a draft; the position is the identity here.
            <FigurePreview key={k} figure={figure} idPrefix={`${idPrefix}-g${k}`} />
          ))}
        </section>
      ) : null}
      {definition.texts.map((text, m) => (
        <Textarea
          // biome-ignore lint/suspicious/noArrayIndexKey: keys may repeat in a draft; the position is the identity here.
          key={m}
          id={`${idPrefix}-t${m}`}
          label={label(text.label)}
          optional={!text.required}
          maxLength={text.maxLength}
          rows={4}
        />
      ))}
    </div>
  );
}
