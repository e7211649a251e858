import { useTranslation } from 'react-i18next';
import { Select } from '../../components/Select';
import { fieldId } from './draft-definition';
import { useEditor } from './editor-context';
import { type Draft, type DraftArea, withLabelSv } from './editor-model';
import { FigureList } from './FigureList';
import { ItemControls } from './ItemControls';
import { QuestionLabels } from './QuestionLabels';

type ImpactMode = DraftArea['impactMode'];
/** The core's impactModes, listed here so the page does not bundle zod for one array. */
const impactModes: readonly ImpactMode[] = ['either', 'direct', 'criteria'];

function isImpactMode(value: string): value is ImpactMode {
  return impactModes.some((mode) => mode === value);
}

interface AreaEditorProps {
  area: DraftArea;
  draft: Draft;
  index: number;
  count: number;
  onChange: (area: DraftArea) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One area of operation: labels, how the impact is given, when a comment is required, its figures. */
export function AreaEditor({ area, draft, index, count, onChange, onMove, onRemove }: AreaEditorProps) {
  const { t } = useTranslation(['templates', 'common']);
  const { errorFor, takenKeys } = useEditor();
  const path = `areas.${index}`;
  const name = area.labelSv || t('templates:editor.unnamed');
  const set = (patch: Partial<DraftArea>) => onChange({ ...area, ...patch });
  const commentOptions = [
    { value: '', label: t('templates:editor.commentNever') },
    ...[1, 2, 3, 4, 5].map((level) => ({
      value: String(level),
      label: t('templates:editor.commentFrom', { level, name: t(`common:impact.${level}`) }),
    })),
  ];
  return (
    <fieldset className="editor-item editor-item--area">
      <legend className="editor-item__legend">
        {t('templates:editor.areaLegend', { number: index + 1, name })}
      </legend>
      <ItemControls
        uid={area.uid}
        name={name}
        index={index}
        count={count}
        onMove={onMove}
        onRemove={onRemove}
        removeLabel={t('templates:editor.removeArea')}
      />
      <QuestionLabels
        path={path}
        labelSv={area.labelSv}
        labelEn={area.labelEn}
        keyValue={area.key}
        isNew={area.isNew}
        onLabelSv={(v) => onChange(withLabelSv(area, v, takenKeys('area', area.uid)))}
        onLabelEn={(v) => set({ labelEn: v })}
        onKey={(v) => set({ key: v, keyEdited: true })}
      />
      <div className="editor-item__fields">
        <Select
          id={fieldId(`${path}.impactMode`)}
          label={t('templates:editor.impactMode')}
          options={impactModes.map((mode) => ({ value: mode, label: t(`templates:impactMode.${mode}`) }))}
          value={area.impactMode}
          onChange={(e) => {
            const mode = e.target.value;
            if (isImpactMode(mode)) set({ impactMode: mode });
          }}
          error={errorFor(`${path}.impactMode`)}
        />
        <Select
          id={fieldId(`${path}.commentRequiredFrom`)}
          label={t('templates:editor.commentRequiredFrom')}
          options={commentOptions}
          value={area.commentRequiredFrom}
          onChange={(e) => set({ commentRequiredFrom: e.target.value })}
          error={errorFor(`${path}.commentRequiredFrom`)}
        />
      </div>
      <h3>{t('templates:editor.areaFigures', { name })}</h3>
      <FigureList
        listId={`${area.uid}-figures`}
        path={`${path}.figures`}
        figures={area.figures}
        draft={draft}
        onChange={(figures) => set({ figures })}
        addLabel={t('templates:editor.addFigureTo', { name })}
      />
    </fieldset>
  );
}
