import './templates.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { Textarea } from '../../components/Textarea';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../layout/page-title';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import type { TemplateDetail, TemplateSummary } from './template-types';

type Field = 'name' | 'description';
const order: readonly Field[] = ['name', 'description'];
const ids: Record<Field, string> = { name: 'new-template-name', description: 'new-template-description' };

function NewTemplateForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation(['templates', 'common']);
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ name: t('templates:settings.nameRequired') });
      return;
    }
    // A new template starts with one area; the editor takes it from there.
    const areaLabel = t('templates:editor.newAreaLabel', { lng: 'sv' });
    const definition = {
      areas: [{ key: 'omrade_1', label: { sv: areaLabel }, figures: [] }],
      figures: [],
      texts: [],
    };
    try {
      const created = await api.post<TemplateDetail>(`/api/networks/${networkId}/templates`, {
        name,
        description,
        definition,
      });
      void navigate(`/mallar/${created.template.id}`);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  return (
    <section className="admin-form narrow" aria-labelledby="new-template-title">
      <h2 id="new-template-title">{t('templates:list.newTitle')}</h2>
      <p>{t('templates:list.newIntro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        <TextField
          id={ids.name}
          label={t('templates:settings.name')}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
        />
        <Textarea
          id={ids.description}
          label={t('templates:settings.description')}
          optional
          rows={3}
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errors.description}
        />
        <Button type="submit">{t('templates:list.create')}</Button>
      </form>
    </section>
  );
}

/** /natverk/:networkId/mallar — the network's report templates. */
export function TemplatesPage() {
  const { t } = useTranslation(['templates', 'common']);
  const { networkId = '' } = useParams();
  const network = useApi<{ name: string; isCoordinator?: boolean }>(
    `/api/networks/${encodeURIComponent(networkId)}`,
  );
  const list = useApi<{ templates: TemplateSummary[] }>(
    `/api/networks/${encodeURIComponent(networkId)}/templates`,
  );
  const name = network.data?.name;
  usePageTitle(name ? t('templates:list.pageTitle', { name }) : null);

  const columns: TableColumn<TemplateSummary>[] = [
    {
      key: 'name',
      header: t('templates:list.name'),
      isRowHeader: true,
      sortValue: (r) => r.name,
      render: (r) => <Link to={`/mallar/${r.id}`}>{r.name}</Link>,
    },
    { key: 'version', header: t('templates:list.version'), align: 'end', sortValue: (r) => r.currentVersion },
    {
      key: 'active',
      header: t('templates:list.status'),
      render: (r) => (
        <Tag variant={r.isActive ? 'success' : 'neutral'}>
          {r.isActive ? t('templates:list.active') : t('templates:list.inactive')}
        </Tag>
      ),
    },
    {
      key: 'updated',
      header: t('templates:list.updated'),
      sortValue: (r) => r.updatedAt,
      render: (r) => formatDateTime(r.updatedAt),
    },
  ];

  return (
    <>
      <p>
        <Link to={`/natverk/${networkId}/omgangar`}>{t('templates:list.toRounds')}</Link>
      </p>
      <h1>{name ? t('templates:list.pageTitle', { name }) : t('templates:list.title')}</h1>
      <p className="lead">{t('templates:list.intro')}</p>
      {list.error ? <Alert variant="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Spinner label={t('common:status.loading')} /> : null}
      {list.data ? (
        <Table
          caption={t('templates:list.caption')}
          captionHidden
          columns={columns}
          rows={list.data.templates}
          rowKey={(r) => r.id}
          empty={t('templates:list.none')}
        />
      ) : null}
      {network.data?.isCoordinator ? <NewTemplateForm networkId={networkId} /> : null}
    </>
  );
}
