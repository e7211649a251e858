import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { AreaEditor } from './AreaEditor';
import { fieldId } from './draft-definition';
import { EditorContext, type EditorEvents } from './editor-context';
import { type Draft, keysOf, move, newArea, newText, removeAt, replaceAt } from './editor-model';
import { FigureList } from './FigureList';
import { TextEditor } from './TextEditor';

interface DefinitionEditorProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  /** Messages by definition path (without `definition.`). */
  errors: Record<string, string>;
}

/** Areas with their figures, general figures and texts, each list editable by keyboard. */
export function DefinitionEditor({ draft, onChange, errors }: DefinitionEditorProps) {
  const { t } = useTranslation('templates');
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!pendingFocus) return;
    document.getElementById(pendingFocus)?.focus();
    setPendingFocus(null);
  }, [pendingFocus]);

  const errorFor = useCallback((path: string) => errors[path], [errors]);
  const events = useMemo<EditorEvents>(
    () => ({
      focusAfterRender: setPendingFocus,
      announce: setAnnouncement,
      errorFor,
      takenKeys: (kind, exceptUid) => keysOf(draft, kind, exceptUid),
    }),
    [draft, errorFor],
  );

  const addArea = () => {
    const area = newArea(draft, t('editor.newAreaLabel', { lng: 'sv' }));
    onChange({ ...draft, areas: [...draft.areas, area] });
    setPendingFocus(fieldId(`areas.${draft.areas.length}.label.sv`));
    setAnnouncement(t('editor.added', { name: area.labelSv }));
  };
  const addText = () => {
    const text = newText(draft, t('editor.newTextLabel', { lng: 'sv' }));
    onChange({ ...draft, texts: [...draft.texts, text] });
    setPendingFocus(fieldId(`texts.${draft.texts.length}.label.sv`));
    setAnnouncement(t('editor.added', { name: text.labelSv }));
  };

  return (
    <EditorContext.Provider value={events}>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <section className="editor-section" aria-labelledby="editor-areas">
        <h2 id="editor-areas">{t('editor.areas')}</h2>
        <p>{t('editor.areasIntro')}</p>
        {draft.areas.map((area, index) => (
          <AreaEditor
            key={area.uid}
            area={area}
            draft={draft}
            index={index}
            count={draft.areas.length}
            onChange={(a) => onChange({ ...draft, areas: replaceAt(draft.areas, index, a) })}
            onMove={(delta) => onChange({ ...draft, areas: move(draft.areas, index, delta) })}
            onRemove={() => {
              onChange({ ...draft, areas: removeAt(draft.areas, index) });
              setPendingFocus('areas-add');
              setAnnouncement(t('editor.removed', { name: area.labelSv || t('editor.unnamed') }));
            }}
          />
        ))}
        <p>
          <Button id="areas-add" variant="secondary" onClick={addArea}>
            {t('editor.addArea')}
          </Button>
        </p>
      </section>
      <section className="editor-section" aria-labelledby="editor-figures">
        <h2 id="editor-figures">{t('editor.generalFigures')}</h2>
        <p>{t('editor.generalFiguresIntro')}</p>
        <FigureList
          listId="general-figures"
          path="figures"
          figures={draft.figures}
          draft={draft}
          onChange={(figures) => onChange({ ...draft, figures })}
          addLabel={t('editor.addGeneralFigure')}
        />
      </section>
      <section className="editor-section" aria-labelledby="editor-texts">
        <h2 id="editor-texts">{t('editor.texts')}</h2>
        {draft.texts.map((text, index) => (
          <TextEditor
            key={text.uid}
            text={text}
            index={index}
            count={draft.texts.length}
            onChange={(x) => onChange({ ...draft, texts: replaceAt(draft.texts, index, x) })}
            onMove={(delta) => onChange({ ...draft, texts: move(draft.texts, index, delta) })}
            onRemove={() => {
              onChange({ ...draft, texts: removeAt(draft.texts, index) });
              setPendingFocus('texts-add');
              setAnnouncement(t('editor.removed', { name: text.labelSv || t('editor.unnamed') }));
            }}
          />
        ))}
        <p>
          <Button id="texts-add" variant="secondary" onClick={addText}>
            {t('editor.addText')}
          </Button>
        </p>
      </section>
    </EditorContext.Provider>
  );
}
