import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../../core/reports/answers';
import type { AnswerKey } from '../../../core/reports/carry-over';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { RadioGroup } from '../../components/RadioGroup';
import { formatDateTime } from '../../i18n/format';
import { AnswerValue } from './AnswerValue';
import { answerLabel, differingKeys, splitKey, takeAnswer } from './form-model';
import type { ConflictDetails } from './report-types';

export interface ConflictDialogProps {
  def: TemplateDefinition;
  mine: Answers;
  theirs: ConflictDetails['current'];
  onResolve: (merged: Answers, version: number) => void;
  onCancel: () => void;
}

type Choice = 'mine' | 'theirs';

/**
 * Someone saved the report while this person was editing it. Every answer that differs is
 * shown side by side, "Din version" and "Sparad version"; the person chooses per answer, and
 * the result is saved on top of the other version, so neither edit is lost without a choice.
 */
export function ConflictDialog({ def, mine, theirs, onResolve, onCancel }: ConflictDialogProps) {
  const { t, i18n } = useTranslation('reports');
  const keys = useMemo(() => differingKeys(def, mine, theirs.answers), [def, mine, theirs.answers]);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const choiceOf = (key: AnswerKey): Choice => choices[key] ?? 'mine';
  const setAll = (choice: Choice) => setChoices(Object.fromEntries(keys.map((key) => [key, choice])));

  const merge = () => {
    let merged = theirs.answers;
    for (const key of keys) if (choiceOf(key) === 'mine') merged = takeAnswer(merged, mine, key);
    onResolve(merged, theirs.version);
  };

  return (
    <Dialog
      open
      onClose={onCancel}
      title={t('conflict.title')}
      actions={
        <>
          <Button onClick={merge}>{t('conflict.save')}</Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('conflict.later')}
          </Button>
        </>
      }
    >
      <p>
        {t('conflict.intro', {
          name: theirs.updatedByName ?? t('conflict.someone'),
          when: theirs.updatedAt ? formatDateTime(theirs.updatedAt) : '',
        })}
      </p>
      {keys.length === 0 ? (
        <p>{t('conflict.same')}</p>
      ) : (
        <>
          <div className="button-group">
            <Button size="small" variant="secondary" onClick={() => setAll('mine')}>
              {t('conflict.allMine')}
            </Button>
            <Button size="small" variant="secondary" onClick={() => setAll('theirs')}>
              {t('conflict.allTheirs')}
            </Button>
          </div>
          <ul className="conflict-list">
            {keys.map((key) => (
              <li key={key} className="conflict-item">
                <h3 className="conflict-item__title">
                  {answerLabel(def, key, i18n.language)}
                  {splitKey(key)[0] === 'comment' ? ` – ${t('comment.label')}` : ''}
                </h3>
                <dl className="conflict-item__versions">
                  <div>
                    <dt>{t('conflict.mine')}</dt>
                    <dd>
                      <AnswerValue answers={mine} answerKey={key} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('conflict.theirs')}</dt>
                    <dd>
                      <AnswerValue answers={theirs.answers} answerKey={key} />
                    </dd>
                  </div>
                </dl>
                <RadioGroup
                  legend={t('conflict.choose', { question: answerLabel(def, key, i18n.language) })}
                  inline
                  value={choiceOf(key)}
                  options={[
                    { value: 'mine', label: t('conflict.keepMine') },
                    { value: 'theirs', label: t('conflict.takeTheirs') },
                  ]}
                  onChange={(value) =>
                    setChoices((c) => ({ ...c, [key]: value === 'theirs' ? 'theirs' : 'mine' }))
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
