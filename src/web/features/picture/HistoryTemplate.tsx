import { useTranslation } from 'react-i18next';
import { TrendChart, type TrendPoint } from '../../components/charts/TrendChart';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { CommentTags } from './CommentTags';
import { figureLabel, formatFigure } from './picture-format';
import type { OrgHistoryRound, OrgHistoryTemplate } from './picture-types';

const statusVariant = { on_time: 'success', late: 'warning', missing: 'error' } as const;

/** One template's part of an organisation's history: impact chart, figures per round, comments. */
export function HistoryTemplate({ template, showName }: { template: OrgHistoryTemplate; showName: boolean }) {
  const { t } = useTranslation('picture');
  const oldestFirst = [...template.rounds].reverse();
  const impactData: TrendPoint[] = oldestFirst.flatMap((r) =>
    template.areas.map((area) => ({ x: r.round.label, series: area.label, y: r.impacts[area.key] ?? null })),
  );
  const Heading = showName ? 'h3' : 'h2';
  const columns: TableColumn<OrgHistoryRound>[] = [
    { key: 'round', header: t('history.round'), isRowHeader: true, render: (r) => r.round.label },
    {
      key: 'status',
      header: t('history.status'),
      render: (r) => <Tag variant={statusVariant[r.status]}>{t(`status.${r.status}`)}</Tag>,
    },
    ...template.figures.map(
      (figure): TableColumn<OrgHistoryRound> => ({
        key: figure.key,
        header: figureLabel(figure),
        align: 'end',
        render: (r) => formatFigure(r.figures[figure.key], figure.type),
      }),
    ),
  ];
  const withComments = template.rounds.filter(
    (r) => Object.keys(r.comments).length > 0 || Object.keys(r.texts).length > 0,
  );
  const areaLabel = new Map(template.areas.map((a) => [a.key, a.label]));
  const textLabel = new Map(template.texts.map((x) => [x.key, x.label]));
  // In the template's order, as in the form.
  const commentsInOrder = (r: OrgHistoryRound) =>
    template.areas.flatMap((a) => {
      const c = r.comments[a.key];
      return c ? [[a.key, c] as const] : [];
    });
  const textsInOrder = (r: OrgHistoryRound) =>
    template.texts.flatMap((x) => {
      const text = r.texts[x.key];
      return text ? [[x.key, text] as const] : [];
    });

  return (
    <section className="picture-section">
      {showName ? <h2>{template.name}</h2> : null}
      <TrendChart
        title={t('history.impactTitle')}
        description={t('history.impactDescription')}
        data={impactData}
        impactScale
        xLabel={t('history.round')}
      />
      <Heading>{t('history.figuresTitle')}</Heading>
      <Table
        caption={t('history.figuresTitle')}
        captionHidden
        columns={columns}
        rows={template.rounds}
        rowKey={(r) => r.round.id}
        className="picture-history-table"
      />
      <Heading>{t('history.commentsTitle')}</Heading>
      {withComments.length === 0 ? (
        <p>{t('history.noComments')}</p>
      ) : (
        <ol className="picture-history-comments">
          {withComments.map((r) => (
            <li key={r.round.id}>
              <p className="picture-history-comments__round">{r.round.label}</p>
              <dl className="picture-history-comments__list">
                {commentsInOrder(r).map(([areaKey, c]) => (
                  <div key={areaKey}>
                    <dt>
                      {areaLabel.get(areaKey) ?? areaKey}{' '}
                      {c.carriedOver ? (
                        <CommentTags
                          status="carried_over"
                          stale={c.stale}
                          roundsUnchanged={c.roundsUnchanged}
                        />
                      ) : null}
                    </dt>
                    <dd className="picture-comment">{c.text}</dd>
                  </div>
                ))}
                {textsInOrder(r).map(([key, text]) => (
                  <div key={`text-${key}`}>
                    <dt>{textLabel.get(key) ?? key}</dt>
                    <dd className="picture-comment">{text}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
