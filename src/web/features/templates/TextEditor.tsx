import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox';
import { NumberField } from '../../components/NumberField';
import { fieldId } from './draft-definition';
import { useEditor } from './editor-context';
import { type DraftText, withLabelSv } from './editor-model';
import { ItemControls } from './ItemControls';
import { QuestionLabels } from './QuestionLabels';

interface TextEditorProps {
  text: DraftText;
  index: number;
  count: number;
  onChange: (text: DraftText) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** A free-text question, e.g. "Behov av samordning och stöd". */
export function TextEditor({ text, index, count, onChange, onMove, onRemove }: TextEditorProps) {
  const { t } = useTranslation('templates');
  const { errorFor, takenKeys } = useEditor();
  const path = `texts.${index}`;
  const name = text.labelSv || t('editor.unnamed');
  const set = (patch: Partial<DraftText>) => onChange({ ...text, ...patch });
  return (
    <fieldset className="editor-item">
      <legend className="editor-item__legend">{t('editor.textLegend', { number: index + 1, name })}</legend>
      <ItemControls
        uid={text.uid}
        name={name}
        index={index}
        count={count}
        onMove={onMove}
        onRemove={onRemove}
        removeLabel={t('editor.removeText')}
      />
      <QuestionLabels
        path={path}
        labelSv={text.labelSv}
        labelEn={text.labelEn}
        keyValue={text.key}
        isNew={text.isNew}
        onLabelSv={(v) => onChange(withLabelSv(text, v, takenKeys('text', text.uid)))}
        onLabelEn={(v) => set({ labelEn: v })}
        onKey={(v) => set({ key: v, keyEdited: true })}
      />
      <NumberField
        id={fieldId(`${path}.maxLength`)}
        label={t('editor.maxLength')}
        integer
        unit={t('editor.characters')}
        value={text.maxLength}
        onChange={(e) => set({ maxLength: e.target.value })}
        error={errorFor(`${path}.maxLength`)}
      />
      <Checkbox
        id={fieldId(`${path}.required`)}
        label={t('editor.required')}
        checked={text.required}
        onChange={(e) => set({ required: e.target.checked })}
      />
    </fieldset>
  );
}
