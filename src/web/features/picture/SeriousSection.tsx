import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImpactBadge } from '../../components/ImpactBadge';
import { Table, type TableColumn } from '../../components/Table';
import { CommentTags } from './CommentTags';
import { historyPath, orgOf } from './picture-format';
import type { Picture } from './picture-types';

type Serious = Picture['serious'][number];

/** Every organisation at Allvarlig or Kritisk, worst first, with its comment. */
export function SeriousSection({ picture }: { picture: Picture }) {
  const { t } = useTranslation('picture');
  const columns: TableColumn<Serious>[] = [
    {
      key: 'org',
      header: t('serious.organisation'),
      isRowHeader: true,
      sortValue: (s) => orgOf(picture, s.orgId).name,
      render: (s) => (
        <Link to={historyPath(picture.network.id, s.orgId)}>{orgOf(picture, s.orgId).name}</Link>
      ),
    },
    { key: 'area', header: t('serious.area'), sortValue: (s) => s.areaLabel },
    {
      key: 'impact',
      header: t('serious.impact'),
      sortValue: (s) => s.impact,
      render: (s) => <ImpactBadge level={s.impact} />,
    },
    {
      key: 'comment',
      header: t('serious.comment'),
      render: (s) =>
        s.comment ? (
          <>
            <span className="picture-comment">{s.comment}</span>
            <CommentTags
              status={s.commentCarriedOver ? 'carried_over' : 'new'}
              stale={s.commentStale}
              roundsUnchanged={s.commentRoundsUnchanged}
              showNew={false}
            />
          </>
        ) : (
          <span className="muted">{t('serious.noComment')}</span>
        ),
    },
  ];
  return (
    <section className="picture-section" aria-labelledby="allvarligt">
      <h2 id="allvarligt">{t('serious.heading')}</h2>
      <p>{t('serious.intro')}</p>
      {picture.serious.length === 0 ? (
        <p>{t('serious.none')}</p>
      ) : (
        <Table
          caption={t('serious.caption')}
          captionHidden
          columns={columns}
          rows={picture.serious}
          rowKey={(s) => `${s.orgId}-${s.areaKey}`}
        />
      )}
    </section>
  );
}
