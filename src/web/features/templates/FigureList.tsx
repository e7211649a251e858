import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { fieldId } from './draft-definition';
import { useEditor } from './editor-context';
import { type Draft, type DraftFigure, move, newFigure, removeAt, replaceAt } from './editor-model';
import { FigureEditor } from './FigureEditor';

interface FigureListProps {
  /** Stable id of the list, for its add button. */
  listId: string;
  /** Definition path of the list, e.g. `areas.2.figures` or `figures`. */
  path: string;
  figures: DraftFigure[];
  draft: Draft;
  onChange: (figures: DraftFigure[]) => void;
  addLabel: string;
}

/** The key figures of an area, or the template's general figures, with an add button. */
export function FigureList({ listId, path, figures, draft, onChange, addLabel }: FigureListProps) {
  const { t } = useTranslation('templates');
  const { focusAfterRender, announce } = useEditor();
  const add = () => {
    const figure = newFigure(draft, t('editor.newFigureLabel', { lng: 'sv' }));
    onChange([...figures, figure]);
    focusAfterRender(fieldId(`${path}.${figures.length}.label.sv`));
    announce(t('editor.added', { name: figure.labelSv }));
  };
  return (
    <>
      {figures.map((figure, index) => (
        <FigureEditor
          key={figure.uid}
          figure={figure}
          path={`${path}.${index}`}
          index={index}
          count={figures.length}
          onChange={(f) => onChange(replaceAt(figures, index, f))}
          onMove={(delta) => onChange(move(figures, index, delta))}
          onRemove={() => {
            onChange(removeAt(figures, index));
            focusAfterRender(`${listId}-add`);
            announce(t('editor.removed', { name: figure.labelSv || t('editor.unnamed') }));
          }}
        />
      ))}
      <p>
        <Button id={`${listId}-add`} variant="secondary" onClick={add}>
          {addLabel}
        </Button>
      </p>
    </>
  );
}
