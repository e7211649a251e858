import './templates.css';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Details } from '../../components/Details';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { Spinner } from '../../components/Spinner';
import { Tag } from '../../components/Tag';
import { usePageTitle } from '../../layout/page-title';
import { ConflictNotice } from './ConflictNotice';
import { DefinitionEditor } from './DefinitionEditor';
import { toDefinition } from './draft-definition';
import { type Draft, toDraft } from './editor-model';
import { saveTemplateVersion } from './save-template';
import { TemplatePreview } from './TemplatePreview';
import { TemplateSettings } from './TemplateSettings';
import type { TemplateDetail } from './template-types';
import { VersionHistory } from './VersionHistory';

/** /mallar/:templateId — the template editor for coordinators; members see the form and its history. */
export function TemplateEditorPage() {
  const { t } = useTranslation(['templates', 'common']);
  const { templateId = '' } = useParams();
  const loaded = useApi<TemplateDetail>(`/api/templates/${encodeURIComponent(templateId)}`);
  const detail = loaded.data;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [baseVersion, setBaseVersion] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [conflict, setConflict] = useState<number | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);
  usePageTitle(detail ? t('templates:editor.pageTitle', { name: detail.template.name }) : null);

  // The edit starts from the stored current version.
  useEffect(() => {
    if (detail && draft === null) {
      setDraft(toDraft(detail.definition));
      setBaseVersion(detail.template.currentVersion);
    }
  }, [detail, draft]);

  // Both sides go through the draft so key order (jsonb reorders keys) and defaults cannot differ.
  const stored = useMemo(
    () => (detail ? JSON.stringify(toDefinition(toDraft(detail.definition)).definition) : ''),
    [detail],
  );
  const dirty = useMemo(
    () => Boolean(draft && detail && JSON.stringify(toDefinition(draft).definition) !== stored),
    [draft, detail, stored],
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = async (base: number) => {
    if (!draft || busy.current) return;
    busy.current = true;
    setSaving(true);
    setSavedVersion(null);
    const outcome = await saveTemplateVersion(templateId, draft, base, t);
    busy.current = false;
    setSaving(false);
    if (outcome.kind === 'saved') {
      loaded.setData(outcome.detail);
      setDraft(toDraft(outcome.detail.definition));
      setBaseVersion(outcome.detail.template.currentVersion);
      setErrors({});
      setSummary([]);
      setConflict(null);
      setSavedVersion(outcome.detail.template.currentVersion);
    } else if (outcome.kind === 'conflict') {
      setConflict(outcome.currentVersion);
      setErrors({});
      setSummary([]);
    } else {
      setErrors(outcome.errors);
      setSummary(outcome.summary);
    }
  };

  /** Drops the edit and continues from the version someone else saved. */
  const discard = async () => {
    try {
      const fresh = await api.get<TemplateDetail>(`/api/templates/${encodeURIComponent(templateId)}`);
      loaded.setData(fresh);
      setDraft(toDraft(fresh.definition));
      setBaseVersion(fresh.template.currentVersion);
      setConflict(null);
      setErrors({});
      setSummary([]);
    } catch (caught) {
      setSummary([{ message: caught instanceof Error ? caught.message : t('common:errors.unexpected') }]);
    }
  };

  if (loaded.error && !detail) {
    return (
      <>
        <h1>{t('templates:editor.title')}</h1>
        <Alert variant="error">{loaded.error.message}</Alert>
      </>
    );
  }
  if (!detail || !draft) return <Spinner label={t('common:status.loading')} />;
  const { template } = detail;

  return (
    <>
      <p>
        <Link to={`/natverk/${template.networkId}/mallar`}>{t('templates:editor.backToList')}</Link>
      </p>
      <h1>{template.name}</h1>
      {template.description ? <p className="lead">{template.description}</p> : null}
      <div className="meta-line">
        <span>{t('templates:editor.currentVersion', { version: template.currentVersion })}</span>
        <Tag variant={template.isActive ? 'success' : 'neutral'}>
          {template.isActive ? t('templates:list.active') : t('templates:list.inactive')}
        </Tag>
        {dirty ? <Tag variant="warning">{t('templates:editor.unsaved')}</Tag> : null}
      </div>
      {savedVersion !== null ? (
        <Alert variant="success">{t('templates:editor.saved', { version: savedVersion })}</Alert>
      ) : null}
      {detail.canEdit ? (
        <form
          noValidate
          aria-labelledby="editor-title"
          onSubmit={(event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            void save(baseVersion);
          }}
        >
          <h2 id="editor-title" className="visually-hidden">
            {t('templates:editor.title')}
          </h2>
          <p>{t('templates:editor.intro')}</p>
          {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
          {conflict !== null ? (
            <ConflictNotice
              templateId={template.id}
              baseVersion={baseVersion}
              currentVersion={conflict}
              onSaveAnyway={() => void save(conflict)}
              onDiscard={() => void discard()}
            />
          ) : null}
          <DefinitionEditor draft={draft} onChange={setDraft} errors={errors} />
          <div className="editor-actions button-group">
            <Button type="submit" aria-disabled={saving || undefined}>
              {saving
                ? t('templates:editor.saving')
                : t('templates:editor.save', { version: baseVersion + 1 })}
            </Button>
            {dirty ? <span className="muted">{t('templates:editor.unsavedHint')}</span> : null}
          </div>
        </form>
      ) : (
        <Alert variant="info">{t('templates:editor.readOnly')}</Alert>
      )}
      <section className="editor-section" aria-labelledby="preview-title">
        <h2 id="preview-title">{t('templates:preview.title')}</h2>
        <Details summary={t('templates:preview.show')} open={!detail.canEdit}>
          <TemplatePreview definition={toDefinition(draft).definition} idPrefix="preview" />
        </Details>
      </section>
      <VersionHistory
        templateId={template.id}
        versions={detail.versions}
        currentVersion={template.currentVersion}
      />
      {detail.canEdit ? <TemplateSettings detail={detail} onSaved={(d) => loaded.setData(d)} /> : null}
    </>
  );
}
