import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { type ImpactLevel, impactLabelKey } from '../../components/impact';
import { Textarea } from '../../components/Textarea';
import { TextField } from '../../components/TextField';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import type { EscalatableReport, Escalated } from './escalation-types';

type Field = 'topic' | 'actionText';
const order: readonly Field[] = ['topic', 'actionText'];
const ids: Record<Field, string> = { topic: 'escalate-topic', actionText: 'escalate-action' };

/** Topic and action for the agenda item a report becomes, prefilled from the report. */
export function EscalateDialog({
  networkId,
  orgName,
  report,
  roundLabel,
  onClose,
  onDone,
}: {
  networkId: string;
  orgName: string;
  report: EscalatableReport | null;
  roundLabel: string;
  onClose: () => void;
  onDone: (report: EscalatableReport, result: Escalated) => void;
}) {
  const { t } = useTranslation(['escalation', 'common']);
  const [topic, setTopic] = useState('');
  const [actionText, setActionText] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!report) return;
    const worst = report.worstImpact;
    const reason =
      worst !== null && worst >= 4
        ? t('escalation:escalate.reasonImpact', { level: t(impactLabelKey(worst as ImpactLevel)) })
        : t('escalation:escalate.reasonNeeds');
    setTopic(t('escalation:escalate.defaultTopic', { org: orgName, reason, round: roundLabel }));
    setActionText(t('escalation:escalate.defaultAction', { org: orgName }));
    setErrors({});
    setFormError(null);
  }, [report, orgName, roundLabel, t]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!report) return;
    const found: FieldErrors<Field> = {};
    if (!topic.trim())
      found.topic = t('escalation:escalate.required', {
        field: t('escalation:escalate.topic').toLowerCase(),
      });
    if (!actionText.trim())
      found.actionText = t('escalation:escalate.required', {
        field: t('escalation:escalate.actionText').toLowerCase(),
      });
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const result = await api.post<Escalated>(
        `/api/networks/${networkId}/reports/${report.reportId}/escalations`,
        { topic, actionText },
      );
      onDone(report, result);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    } finally {
      setBusy(false);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  return (
    <Dialog open={report !== null} onClose={onClose} title={t('escalation:escalate.title')}>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        <p>{t('escalation:escalate.intro', { org: orgName })}</p>
        <TextField
          id={ids.topic}
          label={t('escalation:escalate.topic')}
          maxLength={300}
          value={topic}
          onChange={(e) => setTopic(e.target.value)}
          error={errors.topic}
        />
        <Textarea
          id={ids.actionText}
          label={t('escalation:escalate.actionText')}
          hint={t('escalation:escalate.actionHint')}
          maxLength={2000}
          rows={3}
          value={actionText}
          onChange={(e) => setActionText(e.target.value)}
          error={errors.actionText}
        />
        <div className="button-group">
          <Button type="submit" disabled={busy}>
            {t('escalation:escalate.submit')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
