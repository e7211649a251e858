import { useTranslation } from 'react-i18next';
import type { AnswerKey } from '../../../core/reports/carry-over';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { AnswerTag } from './AnswerTag';
import { AnswerText } from './AnswerText';
import { AreaFieldset } from './AreaFieldset';
import { ConflictDialog } from './ConflictDialog';
import { FigureInput } from './FigureInput';
import { localized } from './form-model';
import { formatClock, weekName } from './report-format';
import type { ReportForm, SubmitResult } from './report-types';
import { UnchangedAction } from './UnchangedAction';
import { type SaveState, useFiling } from './use-filing';

export interface FilingFormProps {
  form: ReportForm;
  orgId: string;
  onSubmitted: (result: SubmitResult) => void;
  /** After unsubmitted changes were thrown away: the page shows the submitted report again. */
  onDiscarded?: () => void;
}

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation('reports');
  const text =
    state.kind === 'saving'
      ? t('save.saving')
      : state.kind === 'saved'
        ? t('save.saved', { time: formatClock(state.at) })
        : state.kind === 'invalid'
          ? t('save.invalid')
          : state.kind === 'failed'
            ? t('save.failed')
            : '';
  return (
    <p className="save-status" role="status">
      {text}
    </p>
  );
}

/** The filing form of one round: pre-filled answers, change marks, autosave, submit. */
export function FilingForm({ form, orgId, onSubmitted, onDiscarded }: FilingFormProps) {
  const { t, i18n } = useTranslation('reports');
  const def = form.template.definition;
  const filing = useFiling(form, orgId, onSubmitted, onDiscarded);
  const { answers, actions, changes, errors } = filing;
  const disabled = !form.canFile || filing.busy;
  const carryFor = (key: AnswerKey) =>
    changes[key] === 'unchanged' ? (form.carriedOver[key] ?? null) : null;

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      {filing.failure ? <Alert variant="error">{filing.failure}</Alert> : null}
      {form.previous && form.canFile && form.report?.status !== 'submitted' ? (
        <UnchangedAction
          previousLabel={weekName(t, form.previous)}
          busy={filing.busy}
          onConfirm={actions.confirmUnchanged}
        />
      ) : null}
      {filing.report?.hasPendingRevision ? (
        <Alert variant="info">
          <p>{t('form.revisionPending')}</p>
          {form.canFile ? (
            <Button variant="secondary" disabled={filing.busy} onClick={() => void actions.discardRevision()}>
              {t('form.discardRevision')}
            </Button>
          ) : null}
        </Alert>
      ) : null}

      <form
        className="report-form"
        noValidate
        aria-label={t('form.label')}
        onSubmit={(event) => {
          event.preventDefault();
          void actions.submit();
        }}
      >
        {form.previous ? (
          <p className="muted">{t('form.comparedWith', { week: weekName(t, form.previous) })}</p>
        ) : null}
        {def.areas.map((area) => (
          <AreaFieldset
            key={area.key}
            area={area}
            answer={answers.areas[area.key]}
            method={filing.methods[area.key] ?? 'direct'}
            partial={filing.partial[area.key] ?? {}}
            figureText={filing.figureText}
            changes={changes}
            carry={form.carriedOver}
            errors={errors.inline}
            disabled={disabled}
            onMethod={(method) => actions.setMethod(area.key, method)}
            onImpact={(level) => actions.setImpact(area.key, level)}
            onCriterion={(name, value) => actions.setCriterion(area.key, name, value)}
            onFigure={actions.setFigure}
            onComment={(text) => actions.setComment(area.key, text)}
          />
        ))}
        {def.figures.length > 0 ? (
          <fieldset className="report-area">
            <legend className="report-area__legend">{t('form.otherFigures')}</legend>
            {def.figures.map((figure) => (
              <FigureInput
                key={figure.key}
                figure={figure}
                text={filing.figureText[figure.key] ?? ''}
                change={changes[`figure:${figure.key}`]}
                disabled={disabled}
                error={errors.inline[`f-figures-${figure.key}`] ?? null}
                onChange={(text) => actions.setFigure(figure.key, text)}
              />
            ))}
          </fieldset>
        ) : null}
        {def.texts.length > 0 ? (
          <fieldset className="report-area">
            <legend className="report-area__legend">{t('form.texts')}</legend>
            {def.texts.map((text) => (
              <AnswerText
                key={text.key}
                id={`f-texts-${text.key}`}
                label={
                  <>
                    {localized(text.label, i18n.language)} <AnswerTag status={changes[`text:${text.key}`]} />
                  </>
                }
                value={answers.texts[text.key] ?? ''}
                maxLength={text.maxLength}
                optional={!text.required}
                disabled={disabled}
                error={errors.inline[`f-texts-${text.key}`] ?? null}
                carry={carryFor(`text:${text.key}`)}
                onChange={(value) => actions.setText(text.key, value)}
              />
            ))}
          </fieldset>
        ) : null}

        {form.canFile ? (
          <div className="report-form__actions">
            <Button type="submit" disabled={filing.busy}>
              {filing.report?.status === 'submitted' ? t('form.submitRevision') : t('form.submit')}
            </Button>
            <Button variant="secondary" disabled={filing.busy} onClick={() => void actions.saveNow()}>
              {t('form.saveDraft')}
            </Button>
            <SaveStatus state={filing.saveState} />
          </div>
        ) : null}
      </form>

      {filing.conflict ? (
        <ConflictDialog
          def={def}
          mine={answers}
          theirs={filing.conflict}
          onResolve={actions.resolveConflict}
          onCancel={actions.dismissConflict}
        />
      ) : null}
    </>
  );
}
