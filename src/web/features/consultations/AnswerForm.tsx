import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Textarea } from '../../components/Textarea';
import { type AttachmentSummary, AttachmentUpload } from '../attachments';
import type { ConsultationAnswer, ConsultationDetail } from './consultation-types';

const TEXT_ID = 'answer-text';
const FILE_ID = 'answer-file';

/**
 * The addressed organisation's answer: "Inga synpunkter" in one click, or comments with an
 * optional file that only the organisation and the coordinators see. Revisable until the
 * deadline; a colleague's newer save is shown instead of being overwritten.
 */
export function AnswerForm({
  consultation,
  onSaved,
}: {
  consultation: ConsultationDetail;
  onSaved: (answer: ConsultationAnswer, message: string) => void;
}) {
  const { t } = useTranslation(['consultations', 'common']);
  const mine = consultation.myAnswer;
  const [text, setText] = useState(mine?.status === 'comments' ? mine.text : '');
  const [file, setFile] = useState<AttachmentSummary | null>(mine?.attachment ?? null);
  const [version, setVersion] = useState(mine?.version ?? 0);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (kind: 'comments' | 'no_comments') => {
    setError(null);
    if (kind === 'comments' && !text.trim() && !file) {
      setError({ message: t('consultations:answer.errors.empty'), field: TEXT_ID });
      return;
    }
    setSaving(true);
    try {
      const saved = await api.put<ConsultationAnswer>(`/api/consultations/${consultation.id}/answer`, {
        kind,
        text: kind === 'comments' ? text : '',
        attachmentId: kind === 'comments' ? (file?.id ?? null) : null,
        version,
      });
      setVersion(saved.version);
      onSaved(
        saved,
        t(kind === 'no_comments' ? 'consultations:answer.savedNoComments' : 'consultations:answer.saved'),
      );
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'version_conflict') {
        const current = caught.details.current as ConsultationAnswer | null | undefined;
        if (current) {
          setVersion(current.version);
          setText(current.status === 'comments' ? current.text : '');
          setFile(current.attachment);
        }
        setError({ message: t('consultations:answer.errors.conflict') });
      } else {
        const field = caught instanceof ApiError && caught.fieldErrors.length > 0 ? TEXT_ID : undefined;
        setError({
          message: caught instanceof ApiError ? caught.message : t('common:errors.unexpected'),
          field,
        });
      }
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save('comments');
  };

  return (
    <section aria-labelledby="answer-heading" className="consultation-section">
      <h2 id="answer-heading">{t('consultations:answer.title')}</h2>
      {mine && mine.status !== 'not_answered' ? (
        <Alert variant="info">{t('consultations:answer.revise')}</Alert>
      ) : null}
      {error ? (
        <ErrorSummary
          errors={[{ message: error.message, ...(error.field ? { fieldId: error.field } : {}) }]}
        />
      ) : null}
      <div className="consultation-no-comments">
        <p>{t('consultations:answer.noCommentsIntro')}</p>
        <Button variant="secondary" disabled={saving} onClick={() => void save('no_comments')}>
          {t('consultations:answer.noComments')}
        </Button>
      </div>
      <form noValidate onSubmit={submit} className="consultation-form">
        <Textarea
          id={TEXT_ID}
          label={t('consultations:answer.text')}
          hint={t('consultations:answer.textHint')}
          value={text}
          rows={8}
          error={error?.field === TEXT_ID ? error.message : null}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <AttachmentUpload
          id={FILE_ID}
          networkId={consultation.networkId}
          visibility="private"
          optional
          label={t('consultations:answer.file')}
          hint={t('consultations:answer.fileHint')}
          value={file}
          onChange={setFile}
        />
        <Button type="submit" disabled={saving}>
          {t('consultations:answer.submit')}
        </Button>
      </form>
    </section>
  );
}
