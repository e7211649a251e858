import { useTranslation } from 'react-i18next';
import type { FigureType } from '../../../core/reports/template-definition';
import { Checkbox } from '../../components/Checkbox';
import { NumberField } from '../../components/NumberField';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { fieldId } from './draft-definition';
import { useEditor } from './editor-context';
import type { DraftFigure } from './editor-model';
import { withLabelSv } from './editor-model';
import { ItemControls } from './ItemControls';
import { QuestionLabels } from './QuestionLabels';

const figureTypes: readonly FigureType[] = ['integer', 'decimal', 'percent'];

function isFigureType(value: string): value is FigureType {
  return figureTypes.some((type) => type === value);
}

interface FigureEditorProps {
  figure: DraftFigure;
  path: string;
  index: number;
  count: number;
  onChange: (figure: DraftFigure) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One key figure: labels, key, type, unit, bounds, required and "counts persons". */
export function FigureEditor({ figure, path, index, count, onChange, onMove, onRemove }: FigureEditorProps) {
  const { t } = useTranslation('templates');
  const { errorFor, takenKeys } = useEditor();
  const name = figure.labelSv || t('editor.unnamed');
  const set = (patch: Partial<DraftFigure>) => onChange({ ...figure, ...patch });
  return (
    <fieldset className="editor-item">
      <legend className="editor-item__legend">{t('editor.figureLegend', { number: index + 1, name })}</legend>
      <ItemControls
        uid={figure.uid}
        name={name}
        index={index}
        count={count}
        onMove={onMove}
        onRemove={onRemove}
        removeLabel={t('editor.removeFigure')}
      />
      <QuestionLabels
        path={path}
        labelSv={figure.labelSv}
        labelEn={figure.labelEn}
        keyValue={figure.key}
        isNew={figure.isNew}
        onLabelSv={(v) => onChange(withLabelSv(figure, v, takenKeys('figure', figure.uid)))}
        onLabelEn={(v) => set({ labelEn: v })}
        onKey={(v) => set({ key: v, keyEdited: true })}
      />
      <div className="editor-item__fields">
        <Select
          id={fieldId(`${path}.type`)}
          label={t('editor.type')}
          options={figureTypes.map((type) => ({ value: type, label: t(`figureType.${type}`) }))}
          value={figure.type}
          onChange={(e) => {
            const type = e.target.value;
            if (isFigureType(type)) set({ type });
          }}
          error={errorFor(`${path}.type`)}
        />
        <TextField
          id={fieldId(`${path}.unit`)}
          label={t('editor.unit')}
          hint={t('editor.unitHint')}
          optional
          width="short"
          maxLength={20}
          value={figure.unit}
          onChange={(e) => set({ unit: e.target.value })}
          error={errorFor(`${path}.unit`)}
        />
        <NumberField
          id={fieldId(`${path}.min`)}
          label={t('editor.min')}
          optional
          value={figure.min}
          onChange={(e) => set({ min: e.target.value })}
          error={errorFor(`${path}.min`)}
        />
        <NumberField
          id={fieldId(`${path}.max`)}
          label={t('editor.max')}
          optional
          value={figure.max}
          onChange={(e) => set({ max: e.target.value })}
          error={errorFor(`${path}.max`)}
        />
      </div>
      <Checkbox
        id={fieldId(`${path}.required`)}
        label={t('editor.required')}
        checked={figure.required}
        onChange={(e) => set({ required: e.target.checked })}
      />
      <Checkbox
        id={fieldId(`${path}.countsPersons`)}
        label={t('editor.countsPersons')}
        hint={t('editor.countsPersonsHint')}
        checked={figure.countsPersons}
        onChange={(e) => set({ countsPersons: e.target.checked })}
      />
    </fieldset>
  );
}
