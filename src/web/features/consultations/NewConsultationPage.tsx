import './consultations.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { TextField } from '../../components/TextField';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import { type AttachmentSummary, AttachmentUpload } from '../attachments';
import { type RecipientOption, RecipientPicker } from './RecipientPicker';

type Field = 'networkId' | 'title' | 'description' | 'attachmentId' | 'deadline' | 'orgIds';
const order: readonly Field[] = ['networkId', 'title', 'description', 'attachmentId', 'deadline', 'orgIds'];
const ids: Record<Field, string> = {
  networkId: 'consultation-network',
  title: 'consultation-title',
  description: 'consultation-description',
  attachmentId: 'consultation-document',
  deadline: 'consultation-deadline',
  orgIds: 'consultation-recipients',
};

/** /remisser/ny — a coordinator sends a document out for comment. */
export function NewConsultationPage() {
  const { t } = useTranslation(['consultations', 'common']);
  const { user } = useAuth();
  const navigate = useNavigate();
  const networks = (user?.networks ?? []).filter((n) => n.isCoordinator);
  const [networkId, setNetworkId] = useState(networks[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [document, setDocument] = useState<AttachmentSummary | null>(null);
  const [deadline, setDeadline] = useState('');
  const [orgIds, setOrgIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const network = useApi<{ members: (RecipientOption & { orgId: string })[] }>(
    networkId ? `/api/networks/${encodeURIComponent(networkId)}` : null,
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!networkId) found.networkId = t('consultations:new.errors.network');
    if (title.trim().length < 2) found.title = t('consultations:new.errors.title');
    if (!document) found.attachmentId = t('consultations:new.errors.document');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) found.deadline = t('consultations:new.errors.deadline');
    if (orgIds.length === 0) found.orgIds = t('consultations:new.errors.recipients');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0 || !document) return;
    setSending(true);
    try {
      const created = await api.post<{ id: string }>(`/api/networks/${networkId}/consultations`, {
        title,
        description,
        attachmentId: document.id,
        deadline,
        orgIds,
      });
      navigate(`/remisser/${created.id}`, { state: { sent: true } });
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    } finally {
      setSending(false);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  return (
    <div className="narrow">
      <p>
        <Link to="/remisser">{t('consultations:detail.back')}</Link>
      </p>
      <h1>{t('consultations:new.title')}</h1>
      <p className="lead">{t('consultations:new.intro')}</p>
      {networks.length === 0 ? <Alert variant="info">{t('consultations:new.noNetworks')}</Alert> : null}
      <form noValidate onSubmit={(e) => void submit(e)} className="consultation-form">
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        {networks.length > 1 ? (
          <Select
            id={ids.networkId}
            label={t('consultations:new.network')}
            value={networkId}
            error={errors.networkId}
            options={networks.map((n) => ({ value: n.id, label: n.name }))}
            onChange={(e) => {
              setNetworkId(e.currentTarget.value);
              setOrgIds([]);
              setDocument(null);
            }}
          />
        ) : null}
        <TextField
          id={ids.title}
          label={t('consultations:new.titleField')}
          value={title}
          error={errors.title}
          maxLength={200}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Textarea
          id={ids.description}
          label={t('consultations:new.description')}
          hint={t('consultations:new.descriptionHint')}
          optional
          value={description}
          error={errors.description}
          rows={5}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        {networkId ? (
          <AttachmentUpload
            id={ids.attachmentId}
            networkId={networkId}
            label={t('consultations:new.document')}
            value={document}
            onChange={setDocument}
            error={errors.attachmentId}
          />
        ) : null}
        <TextField
          id={ids.deadline}
          type="date"
          width="short"
          label={t('consultations:new.deadline')}
          hint={t('consultations:new.deadlineHint')}
          value={deadline}
          error={errors.deadline}
          onChange={(e) => setDeadline(e.currentTarget.value)}
        />
        {network.data ? (
          <RecipientPicker
            id={ids.orgIds}
            members={network.data.members}
            value={orgIds}
            onChange={setOrgIds}
            error={errors.orgIds}
          />
        ) : null}
        {network.error ? <Alert variant="error">{network.error.message}</Alert> : null}
        <Button type="submit" disabled={sending}>
          {t('consultations:new.submit')}
        </Button>
      </form>
    </div>
  );
}
