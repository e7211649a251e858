import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { fieldId } from './draft-definition';
import { useEditor } from './editor-context';

interface QuestionLabelsProps {
  path: string;
  labelSv: string;
  labelEn: string;
  keyValue: string;
  /** New questions get an editable key; saved ones keep theirs so versions compare. */
  isNew: boolean;
  onLabelSv: (value: string) => void;
  onLabelEn: (value: string) => void;
  onKey: (value: string) => void;
}

/** The Swedish and English label and the stable key of an area, figure or text. */
export function QuestionLabels(props: QuestionLabelsProps) {
  const { t } = useTranslation('templates');
  const { errorFor } = useEditor();
  const { path } = props;
  return (
    <>
      <div className="editor-item__fields">
        <TextField
          id={fieldId(`${path}.label.sv`)}
          label={t('editor.labelSv')}
          value={props.labelSv}
          maxLength={300}
          onChange={(e) => props.onLabelSv(e.target.value)}
          error={errorFor(`${path}.label.sv`)}
        />
        <TextField
          id={fieldId(`${path}.label.en`)}
          label={t('editor.labelEn')}
          optional
          lang="en"
          value={props.labelEn}
          maxLength={300}
          onChange={(e) => props.onLabelEn(e.target.value)}
          error={errorFor(`${path}.label.en`)}
        />
      </div>
      {props.isNew ? (
        <TextField
          id={fieldId(`${path}.key`)}
          label={t('editor.key')}
          hint={t('editor.keyHint')}
          spellCheck={false}
          autoComplete="off"
          value={props.keyValue}
          onChange={(e) => props.onKey(e.target.value)}
          error={errorFor(`${path}.key`)}
        />
      ) : (
        <p className="editor-key">
          {t('editor.keyFixed')} <code>{props.keyValue}</code>
        </p>
      )}
    </>
  );
}
