import './picture.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { weekLabel } from '../../../core/time/iso-week';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../layout/page-title';
import { CommentsSection } from './CommentsSection';
import { CompletenessSection } from './CompletenessSection';
import { DistributionSection } from './DistributionSection';
import { ExportToolbar } from './ExportToolbar';
import { FiguresSection } from './FiguresSection';
import { PictureFilters } from './PictureFilters';
import { PictureMap, toChoice } from './PictureMap';
import { picturePath, roundLabel } from './picture-format';
import type { County, Picture, RoundList } from './picture-types';
import { SeriousSection } from './SeriousSection';
import { TrendSection } from './TrendSection';
import { WorsenedSection } from './WorsenedSection';

/** /natverk/:networkId/lagesbild?omgang=&lan=&omrade= — the live situation picture of a network. */
export function PicturePage() {
  const { t, i18n } = useTranslation(['picture', 'common']);
  const { networkId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const roundId = params.get('omgang') ?? undefined;
  const county = params.get('lan') ?? undefined;
  const choice = toChoice(params.get('omrade'));
  const base = `/api/networks/${encodeURIComponent(networkId)}`;
  // Values per organisation come only for the figure on the map; choosing another fetches it.
  const mapFigure = choice.startsWith('figure:') ? choice.slice('figure:'.length) : undefined;
  const picture = useApi<Picture>(`${base}/picture`, { query: { roundId, county, mapFigure } });
  const rounds = useApi<RoundList>(`${base}/rounds`, { query: { limit: 200 } });
  const counties = useApi<{ items: County[] }>('/api/counties');
  const p = picture.data;
  // An address from another round's template may name a figure this round lacks: show the worst level instead.
  const figureRejected = Boolean(mapFigure) && picture.error?.code === 'validation';
  useEffect(() => {
    if (!figureRejected) return;
    const next = new URLSearchParams(params);
    next.delete('omrade');
    setParams(next, { replace: true });
  }, [figureRejected, params, setParams]);
  usePageTitle(p ? t('page.pageTitle', { week: roundLabel(p.round, t), network: p.network.name }) : null);

  const memberCounties = new Set(
    Object.values(p?.organisations ?? {})
      .map((org) => org.countyCode)
      .filter(Boolean),
  );
  const showCounty = Boolean(county) || memberCounties.size > 1;
  const previous = rounds.data?.rounds.find((r) => r.id === p?.previousRoundId);

  return (
    <>
      <p>
        <Link to="/lagesbild">{t('page.toNetworks')}</Link>
      </p>
      <h1>
        {p
          ? p.county
            ? t('page.headingCounty', { network: p.network.name, county: p.county.name })
            : t('page.heading', { network: p.network.name })
          : t('page.title')}
      </h1>
      {picture.error ? (
        <Alert variant={picture.error.status === 404 ? 'info' : 'error'}>
          {picture.error.status === 404 && !roundId ? t('page.noRounds') : picture.error.message}
        </Alert>
      ) : null}
      {picture.loading && !p ? <Spinner label={t('common:status.loading')} /> : null}
      {p ? (
        <>
          <p className="lead">
            {t('page.roundInfo', { round: roundLabel(p.round, t), template: p.round.templateName })} ·{' '}
            {t('page.deadline', { time: formatDateTime(p.round.deadlineAt) })}
          </p>
          <div className="picture-toolbar">
            <PictureFilters
              picture={p}
              rounds={rounds.data?.rounds ?? []}
              counties={counties.data?.items ?? []}
              showCounty={showCounty}
              onApply={(next) =>
                navigate(picturePath(networkId, { omgang: next.roundId, lan: next.county || undefined }))
              }
            />
            <ExportToolbar
              networkId={networkId}
              roundId={p.round.id}
              county={p.county?.code}
              area={choice.startsWith('impact:') ? choice.slice(7) : undefined}
            />
          </div>
          <p className="muted picture-generated">
            {t('page.generatedAt', { time: formatDateTime(p.generatedAt) })}{' '}
            <Button variant="secondary" size="small" onClick={picture.reload}>
              {t('page.reload')}
            </Button>
          </p>
          <nav className="picture-contents" aria-label={t('page.sections')}>
            <ul>
              <li>
                <a href="#rapportering">{t('completeness.heading')}</a>
              </li>
              <li>
                <a href="#allvarligt">{t('serious.heading')}</a>
              </li>
              <li>
                <a href="#karta">{t('map.heading')}</a>
              </li>
              <li>
                <a href="#paverkan">{t('distribution.heading')}</a>
              </li>
              <li>
                <a href="#forsamrat">{t('worsened.heading')}</a>
              </li>
              <li>
                <a href="#nyckeltal">{t('figures.heading')}</a>
              </li>
              <li>
                <a href="#kommentarer">{t('comments.heading')}</a>
              </li>
              <li>
                <a href="#utveckling">{t('trends.heading')}</a>
              </li>
            </ul>
          </nav>
          <CompletenessSection picture={p} />
          <SeriousSection picture={p} />
          <PictureMap
            picture={p}
            choice={choice}
            onChoose={(next) => {
              const nextParams = new URLSearchParams(params);
              if (next === 'worst') nextParams.delete('omrade');
              else nextParams.set('omrade', next);
              setParams(nextParams, { replace: true });
            }}
          />
          <DistributionSection picture={p} />
          <WorsenedSection picture={p} previousLabel={previous ? weekLabel(previous, i18n.language) : null} />
          <FiguresSection picture={p} />
          <CommentsSection picture={p} />
          <TrendSection key={`${p.round.templateId}-${p.county?.code ?? ''}`} picture={p} />
        </>
      ) : null}
    </>
  );
}
