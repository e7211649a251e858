import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Textarea } from '../../components/Textarea';
import { TextField } from '../../components/TextField';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import type { TemplateDetail } from './template-types';

type Field = 'name' | 'description' | 'isActive';
const order: readonly Field[] = ['name', 'description', 'isActive'];
const ids: Record<Field, string> = {
  name: 'settings-name',
  description: 'settings-description',
  isActive: 'settings-active',
};

/** Name, description and whether weekly rounds are created (PATCH, no new version). */
export function TemplateSettings({
  detail,
  onSaved,
}: {
  detail: TemplateDetail;
  onSaved: (d: TemplateDetail) => void;
}) {
  const { t } = useTranslation(['templates', 'common']);
  const { template } = detail;
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description);
  const [isActive, setIsActive] = useState(template.isActive);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    setName(template.name);
    setDescription(template.description);
    setIsActive(template.isActive);
  }, [template.name, template.description, template.isActive]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (!name.trim()) {
      setErrors({ name: t('templates:settings.nameRequired') });
      setFormError(null);
      return;
    }
    try {
      const next = await api.patch<TemplateDetail>(`/api/templates/${template.id}`, {
        name,
        description,
        isActive,
      });
      setErrors({});
      setFormError(null);
      setSaved(true);
      onSaved(next);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  return (
    <section className="editor-section narrow" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('templates:settings.title')}</h2>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        {saved ? <Alert variant="success">{t('templates:settings.saved')}</Alert> : null}
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
          value={description}
          maxLength={2000}
          rows={3}
          onChange={(e) => setDescription(e.target.value)}
          error={errors.description}
        />
        <Checkbox
          id={ids.isActive}
          label={t('templates:settings.isActive')}
          hint={t('templates:settings.isActiveHint')}
          checked={isActive}
          onChange={(e) => setIsActive(e.target.checked)}
          error={errors.isActive}
        />
        <Button type="submit" variant="secondary">
          {t('templates:settings.save')}
        </Button>
      </form>
    </section>
  );
}
