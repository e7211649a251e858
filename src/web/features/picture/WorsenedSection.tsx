import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { ImpactBadge } from '../../components/ImpactBadge';
import { Table, type TableColumn } from '../../components/Table';
import { areaLabels, historyPath, orgOf } from './picture-format';
import type { Picture } from './picture-types';

type Worsening = Picture['worsened'][number];
const FIRST = 20;

/** "Försämrat sedan förra veckan": biggest rises first, the first 20 at once. */
export function WorsenedSection({
  picture,
  previousLabel,
}: {
  picture: Picture;
  previousLabel: string | null;
}) {
  const { t } = useTranslation('picture');
  const [all, setAll] = useState(false);
  const rows = all ? picture.worsened : picture.worsened.slice(0, FIRST);
  const areaLabel = areaLabels(picture);
  const columns: TableColumn<Worsening>[] = [
    {
      key: 'org',
      header: t('serious.organisation'),
      isRowHeader: true,
      render: (w) => (
        <Link to={historyPath(picture.network.id, w.orgId)}>{orgOf(picture, w.orgId).name}</Link>
      ),
    },
    { key: 'area', header: t('serious.area'), render: (w) => areaLabel.get(w.areaKey) ?? w.areaKey },
    { key: 'from', header: t('worsened.from'), render: (w) => <ImpactBadge level={w.from} /> },
    { key: 'to', header: t('worsened.to'), render: (w) => <ImpactBadge level={w.to} /> },
  ];
  return (
    <section className="picture-section" aria-labelledby="forsamrat">
      <h2 id="forsamrat">{t('worsened.heading')}</h2>
      {picture.previousRoundId === null ? (
        <p>{t('worsened.noPrevious')}</p>
      ) : picture.worsened.length === 0 ? (
        <p>{t('worsened.none')}</p>
      ) : (
        <>
          {previousLabel ? <p>{t('worsened.intro', { round: previousLabel })}</p> : null}
          <Table
            caption={t('worsened.caption')}
            captionHidden
            columns={columns}
            rows={rows}
            rowKey={(w) => `${w.orgId}-${w.areaKey}`}
          />
          {picture.worsened.length > FIRST ? (
            <p>
              <Button variant="secondary" size="small" aria-expanded={all} onClick={() => setAll((v) => !v)}>
                {all ? t('worsened.showFewer') : t('worsened.showAll', { count: picture.worsened.length })}
              </Button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
