import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { NumberField } from '../../components/NumberField';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { formatNumber, parseLocaleNumber } from '../../i18n/format';
import { type Direction, FACTOR_KEYS, type QuotaParams, type QuotaPlan } from './quota-types';

/** Form ids by the field path the server reports (with or without the "params." prefix). */
function fieldId(path: string): string {
  return `quota-${path.replace(/^params\./, '').replace(/\./g, '-')}`;
}

interface Texts {
  nationalTotal: string;
  floor: string;
  populationWeight: string;
  receptionYears: string;
  weights: Record<string, string>;
  directions: Record<string, Direction>;
}

function toTexts(total: number, params: QuotaParams): Texts {
  return {
    nationalTotal: String(total),
    floor: String(params.floor),
    populationWeight: formatNumber(params.populationWeight),
    receptionYears: String(params.receptionYears),
    weights: Object.fromEntries(FACTOR_KEYS.map((k) => [k, formatNumber(params.factors[k].weight)])),
    directions: Object.fromEntries(FACTOR_KEYS.map((k) => [k, params.factors[k].direction])),
  };
}

/**
 * The plan's parameters, and a scenario computed from them: one set of fields, two
 * actions (save the plan's parameters; compute and store a named scenario).
 */
export function ParamsForm({
  year,
  plan,
  initial,
  onSaved,
  onComputed,
}: {
  year: number;
  plan: QuotaPlan | null;
  initial: { nationalTotal: number; params: QuotaParams };
  onSaved: (message: string) => void;
  onComputed: (message: string) => void;
}) {
  const { t } = useTranslation(['quotas', 'common']);
  const [texts, setTexts] = useState(() => toTexts(initial.nationalTotal, initial.params));
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const parse = (): { nationalTotal: number; params: QuotaParams } | null => {
    const found: Record<string, string> = {};
    const num = (key: string, text: string) => {
      const v = parseLocaleNumber(text);
      if (v === null) found[fieldId(key)] = t('quotas:scenario.invalidNumber');
      return v ?? 0;
    };
    const result = {
      nationalTotal: num('nationalTotal', texts.nationalTotal),
      params: {
        floor: num('floor', texts.floor),
        populationWeight: num('populationWeight', texts.populationWeight),
        receptionYears: num('receptionYears', texts.receptionYears),
        factors: Object.fromEntries(
          FACTOR_KEYS.map((k) => [
            k,
            {
              weight: num(`factors.${k}.weight`, texts.weights[k] ?? ''),
              direction: texts.directions[k] ?? 1,
            },
          ]),
        ) as QuotaParams['factors'],
      },
    };
    setErrors(found);
    setFormError(null);
    return Object.keys(found).length > 0 ? null : result;
  };

  const fail = (caught: unknown) => {
    if (caught instanceof ApiError && caught.fieldErrors.length > 0) {
      setErrors(Object.fromEntries(caught.fieldErrors.map((f) => [fieldId(f.path), f.message])));
      setFormError(caught.message);
    } else setFormError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = parse();
    if (!body) return;
    setBusy(true);
    try {
      await api.put(`/api/quotas/${year}/plan`, {
        ...body,
        ...(plan ? { expectedVersion: plan.version } : {}),
      });
      onSaved(t('quotas:plan.saved'));
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  };

  const compute = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = parse();
    if (!body) return;
    if (!name.trim()) {
      setErrors({ 'quota-name': t('quotas:scenario.nameRequired') });
      return;
    }
    setBusy(true);
    try {
      await api.post(`/api/quotas/${year}/scenarios`, { ...body, name, referenceDate: date || null });
      onComputed(t('quotas:scenario.computed', { name }));
      setName('');
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  };

  const summary: ErrorSummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...Object.entries(errors).map(([id, message]) => ({ fieldId: id, message })),
  ];
  const direction = [
    { value: '1', label: t('quotas:plan.for') },
    { value: '-1', label: t('quotas:plan.against') },
  ];
  return (
    <section className="quotas-section" aria-labelledby="quota-params-title">
      <h2 id="quota-params-title">{t('quotas:plan.heading')}</h2>
      <p>{t('quotas:plan.intro')}</p>
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
      <form noValidate onSubmit={(e) => void save(e)}>
        <div className="quotas-factors">
          <NumberField
            id={fieldId('nationalTotal')}
            integer
            label={t('quotas:plan.nationalTotal')}
            value={texts.nationalTotal}
            onChange={(e) => setTexts({ ...texts, nationalTotal: e.target.value })}
            error={errors[fieldId('nationalTotal')]}
          />
          <NumberField
            id={fieldId('floor')}
            integer
            label={t('quotas:plan.floor')}
            value={texts.floor}
            onChange={(e) => setTexts({ ...texts, floor: e.target.value })}
            error={errors[fieldId('floor')]}
          />
          <NumberField
            id={fieldId('receptionYears')}
            integer
            label={t('quotas:plan.receptionYears')}
            value={texts.receptionYears}
            onChange={(e) => setTexts({ ...texts, receptionYears: e.target.value })}
            error={errors[fieldId('receptionYears')]}
          />
          <NumberField
            id={fieldId('populationWeight')}
            label={t('quotas:plan.populationWeight')}
            value={texts.populationWeight}
            onChange={(e) => setTexts({ ...texts, populationWeight: e.target.value })}
            error={errors[fieldId('populationWeight')]}
          />
        </div>
        <div className="quotas-factors">
          {FACTOR_KEYS.map((k) => {
            const factor = t(`quotas:factors.${k}`);
            return (
              <div key={k}>
                <NumberField
                  id={fieldId(`factors.${k}.weight`)}
                  label={t('quotas:plan.weight', { factor })}
                  value={texts.weights[k] ?? ''}
                  onChange={(e) => setTexts({ ...texts, weights: { ...texts.weights, [k]: e.target.value } })}
                  error={errors[fieldId(`factors.${k}.weight`)]}
                />
                <Select
                  id={fieldId(`factors.${k}.direction`)}
                  label={t('quotas:plan.direction', { factor })}
                  options={direction}
                  value={String(texts.directions[k] ?? 1)}
                  onChange={(e) =>
                    setTexts({
                      ...texts,
                      directions: { ...texts.directions, [k]: Number(e.target.value) as Direction },
                    })
                  }
                />
              </div>
            );
          })}
        </div>
        <Button type="submit" variant="secondary" disabled={busy}>
          {plan ? t('quotas:plan.save') : t('quotas:plan.create', { year })}
        </Button>
      </form>
      {plan ? (
        <form noValidate onSubmit={(e) => void compute(e)} aria-labelledby="quota-scenario-title">
          <h3 id="quota-scenario-title">{t('quotas:scenario.heading')}</h3>
          <div className="quotas-inline">
            <TextField
              id="quota-name"
              label={t('quotas:scenario.name')}
              hint={t('quotas:scenario.nameHint')}
              value={name}
              maxLength={120}
              onChange={(e) => setName(e.target.value)}
              error={errors['quota-name']}
            />
            <TextField
              id="quota-date"
              type="date"
              label={t('quotas:scenario.referenceDate')}
              hint={t('quotas:scenario.referenceDateHint')}
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
          <Button type="submit" disabled={busy}>
            {t('quotas:scenario.compute')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
