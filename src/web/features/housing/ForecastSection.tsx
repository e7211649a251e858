import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { TrendChart, type TrendPoint } from '../../components/charts/TrendChart';
import { DefinitionList } from '../../components/DefinitionList';
import type { Forecast, LargeBalance, WarningLevel } from './housing-types';

const levels: WarningLevel[] = ['within_1', 'within_3', 'within_6'];
// Contracts ending are a state of the data to act on, not a failure of the page: warnings, the nearest first.
const alertVariant = { within_1: 'warning', within_3: 'warning', within_6: 'info' } as const;

function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1)),
  );
}

/**
 * Households whose contract ends per month, with the 1/3/6-month warnings and large
 * households set against free large units.
 */
export function ForecastSection({
  forecast,
  large,
  headingLevel = 2,
}: {
  forecast: Forecast;
  large: LargeBalance;
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation('housing');
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const data = useMemo<TrendPoint[]>(
    () =>
      forecast.months.flatMap((m) => [
        {
          x: monthLabel(m.month, i18n.language === 'en' ? 'en-GB' : 'sv-SE'),
          series: t('forecast.households'),
          y: m.households,
        },
        {
          x: monthLabel(m.month, i18n.language === 'en' ? 'en-GB' : 'sv-SE'),
          series: t('forecast.persons'),
          y: m.persons,
        },
      ]),
    [forecast, t, i18n.language],
  );
  return (
    <section aria-labelledby="forecast-title">
      <Heading id="forecast-title">{t('forecast.title')}</Heading>
      <p>{t('forecast.intro')}</p>
      {forecast.overdue.households > 0 ? (
        <Alert variant="warning" headingLevel={headingLevel === 2 ? 3 : 4} title={t('forecast.overdueTitle')}>
          {t('forecast.overdue', { count: forecast.overdue.households, persons: forecast.overdue.persons })}
        </Alert>
      ) : null}
      {levels.map((level) =>
        forecast.warnings[level].households > 0 ? (
          <Alert
            key={level}
            variant={alertVariant[level]}
            headingLevel={headingLevel === 2 ? 3 : 4}
            title={t(`forecast.warning.${level}`)}
          >
            {t('forecast.warningText', {
              count: forecast.warnings[level].households,
              persons: forecast.warnings[level].persons,
            })}
          </Alert>
        ) : null,
      )}
      <TrendChart
        title={t('forecast.chartTitle')}
        description={t('forecast.chartDescription')}
        data={data}
        yLabel={t('forecast.count')}
      />
      <Sub>{t('large.title')}</Sub>
      <DefinitionList
        items={[
          {
            key: 'need',
            term: large.threshold
              ? t('large.households', { size: large.threshold })
              : t('large.householdsAny'),
            description: large.householdsNeedingUnit,
          },
          { key: 'free', term: t('large.units'), description: large.freeLargeUnits },
          {
            key: 'bal',
            term: t('large.balance'),
            description:
              large.balance < 0 ? t('large.shortage', { count: -large.balance }) : t('large.enough'),
          },
        ]}
      />
    </section>
  );
}
