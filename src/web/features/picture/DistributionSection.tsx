import { useTranslation } from 'react-i18next';
import {
  ImpactDistributionChart,
  type ImpactDistributionRow,
} from '../../components/charts/ImpactDistributionChart';
import { type ImpactLevel, impactLevels } from '../../components/impact';
import { formatNumber } from '../../i18n/format';
import type { Picture } from './picture-types';

const levelKey: Record<ImpactLevel, '1' | '2' | '3' | '4' | '5'> = { 1: '1', 2: '2', 3: '3', 4: '4', 5: '5' };

/** Impact per area as stacked bars (the chart carries its own table). */
export function DistributionSection({ picture }: { picture: Picture }) {
  const { t } = useTranslation('picture');
  const data: ImpactDistributionRow[] = picture.areas.flatMap((area) =>
    impactLevels.map((level) => ({ area: area.label, level, count: area.distribution[levelKey[level]] })),
  );
  const notGiven = picture.areas.filter((a) => a.distribution.none > 0);
  return (
    <section className="picture-section" aria-labelledby="paverkan">
      <h2 id="paverkan">{t('distribution.heading')}</h2>
      <ImpactDistributionChart
        title={t('distribution.title')}
        description={t('distribution.description')}
        data={data}
        areaOrder={picture.areas.map((a) => a.label)}
        areaLabel={t('figures.area')}
      />
      {notGiven.length > 0 ? (
        <p className="muted">
          {t('distribution.notGiven', {
            list: notGiven.map((a) => `${a.label} ${formatNumber(a.distribution.none)}`).join(', '),
          })}
        </p>
      ) : null}
    </section>
  );
}
