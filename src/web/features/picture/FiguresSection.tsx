import { useTranslation } from 'react-i18next';
import { Table, type TableColumn } from '../../components/Table';
import { formatNumber } from '../../i18n/format';
import { areaLabels, figureLabel, formatFigure } from './picture-format';
import type { FigureAggregate, Picture, SharedNumber } from './picture-types';

function sortable(value: SharedNumber | null): number | null {
  return value === '<5' ? 2.5 : value;
}

/** Sum, mean, median, min and max of every key figure over the organisations that answered. */
export function FiguresSection({ picture }: { picture: Picture }) {
  const { t } = useTranslation('picture');
  const areaLabel = areaLabels(picture);
  const stat = (
    key: 'sum' | 'mean' | 'median' | 'min' | 'max',
    precise: boolean,
  ): TableColumn<FigureAggregate> => ({
    key,
    header: t(`figures.${key}`),
    align: 'end',
    sortValue: (f) => sortable(f[key]),
    // A sum of percentages means nothing; leave it out.
    render: (f) => (key === 'sum' && f.type === 'percent' ? '–' : formatFigure(f[key], f.type, precise)),
  });
  const columns: TableColumn<FigureAggregate>[] = [
    { key: 'label', header: t('figures.figure'), isRowHeader: true, render: (f) => figureLabel(f) },
    {
      key: 'area',
      header: t('figures.area'),
      sortValue: (f) => (f.areaKey ? (areaLabel.get(f.areaKey) ?? f.areaKey) : t('figures.general')),
    },
    {
      key: 'n',
      header: t('figures.n'),
      align: 'end',
      sortValue: (f) => f.n,
      render: (f) => formatNumber(f.n),
    },
    stat('sum', false),
    stat('mean', true),
    stat('median', true),
    stat('min', false),
    stat('max', false),
  ];
  const anySuppressed = picture.figures.some((f) => f.countsPersons);
  return (
    <section className="picture-section" aria-labelledby="nyckeltal">
      <h2 id="nyckeltal">{t('figures.heading')}</h2>
      {picture.figures.length === 0 ? (
        <p>{t('figures.none')}</p>
      ) : (
        <>
          <Table
            caption={t('figures.caption')}
            columns={columns}
            rows={picture.figures}
            rowKey={(f) => f.key}
            className="picture-figures"
          />
          {anySuppressed ? <p className="muted">{t('figures.suppressionNote')}</p> : null}
        </>
      )}
    </section>
  );
}
