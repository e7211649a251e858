import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Details } from '../../components/Details';
import { formatNumber, formatPercent } from '../../i18n/format';
import { historyPath, orgOf } from './picture-format';
import type { Picture } from './picture-types';

/** "253 av 290 har rapporterat", on time / late / missing, and who is missing. */
export function CompletenessSection({ picture }: { picture: Picture }) {
  const { t } = useTranslation('picture');
  const { expected, filed, onTime, late, missing } = picture.completeness;
  return (
    <section className="picture-section" aria-labelledby="rapportering">
      <h2 id="rapportering">{t('completeness.heading')}</h2>
      {expected === 0 ? (
        <p>{t('completeness.noneExpected')}</p>
      ) : (
        <>
          <p className="picture-completeness__headline">
            {t('completeness.filed', { filed: formatNumber(filed), expected: formatNumber(expected) })}
          </p>
          <p className="muted">{t('completeness.share', { share: formatPercent(filed / expected) })}</p>
          <dl className="picture-counts">
            <div className="picture-counts__item">
              <dt>{t('completeness.onTime')}</dt>
              <dd>{formatNumber(onTime)}</dd>
            </div>
            <div className="picture-counts__item">
              <dt>{t('completeness.late')}</dt>
              <dd>{formatNumber(late)}</dd>
            </div>
            <div className="picture-counts__item">
              <dt>{t('completeness.missing')}</dt>
              <dd>{formatNumber(missing.length)}</dd>
            </div>
          </dl>
          {missing.length === 0 ? (
            <p>{t('completeness.noneMissing')}</p>
          ) : (
            <Details summary={t('completeness.missingList', { count: missing.length })}>
              <ul className="picture-missing">
                {missing.map((orgId) => (
                  <li key={orgId}>
                    <Link to={historyPath(picture.network.id, orgId)}>{orgOf(picture, orgId).name}</Link>
                  </li>
                ))}
              </ul>
            </Details>
          )}
        </>
      )}
    </section>
  );
}
