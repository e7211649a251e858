import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { impactLabelKey, isImpactLevel } from '../../components/impact';
import { MapWithTable } from '../../components/map/MapWithTable';
import type { MapValue } from '../../components/map/map-scale';
import { Select, type SelectOption } from '../../components/Select';
import { areaLabels, figureLabel, formatFigure, historyPath, orgOf } from './picture-format';
import type { MapChoice, Picture, PictureOrgRow } from './picture-types';

const MUNICIPALITY_CODE = /^\d{4}$/;

/** The options of "Visa på kartan": the worst level, each area's level, each figure. */
export function mapOptions(
  picture: Picture,
  t: (key: string, options?: Record<string, unknown>) => string,
): SelectOption[] {
  const areaLabel = areaLabels(picture);
  return [
    { value: 'worst', label: t('map.worst') },
    ...picture.areas.map((a) => ({
      value: `impact:${a.key}`,
      label: t('map.impactGroup', { area: a.label }),
    })),
    ...picture.figures.map((f) => ({
      value: `figure:${f.key}`,
      label: f.areaKey
        ? t('map.figureOption', { figure: figureLabel(f), area: areaLabel.get(f.areaKey) ?? f.areaKey })
        : t('map.figureGeneral', { figure: figureLabel(f) }),
    })),
  ];
}

function worstLevel(row: PictureOrgRow): number | null {
  const levels = Object.values(row.impacts).filter(
    (level): level is NonNullable<typeof level> => level !== null,
  );
  return levels.length > 0 ? Math.max(...levels) : null;
}

export interface PictureMapProps {
  picture: Picture;
  choice: MapChoice;
  onChoose: (choice: MapChoice) => void;
}

/** The choropleth of the chosen area or figure, with the same values as a table. */
export function PictureMap({ picture, choice, onChoose }: PictureMapProps) {
  const { t } = useTranslation(['picture', 'common']);
  const navigate = useNavigate();
  const options = mapOptions(picture, t);
  const selected = options.find((o) => o.value === choice) ?? options[0];
  const figure = choice.startsWith('figure:')
    ? picture.figures.find((f) => `figure:${f.key}` === choice)
    : undefined;
  const areaKey = choice.startsWith('impact:') ? choice.slice(7) : null;

  const { values, fitTo, orgByCode, offMap } = useMemo(() => {
    const values = new Map<string, MapValue>();
    const orgByCode = new Map<string, string>();
    const offMap: string[] = [];
    for (const row of picture.byOrg) {
      const org = orgOf(picture, row.orgId);
      const code = org.code;
      if (!code || !MUNICIPALITY_CODE.test(code)) {
        offMap.push(org.name);
        continue;
      }
      orgByCode.set(code, row.orgId);
      if (row.status === 'missing') {
        values.set(code, { value: null, label: t('map.missing') });
      } else if (figure) {
        const value = row.figures[figure.key] ?? null;
        // A suppressed count is drawn in the lowest class; its label says "<5".
        values.set(code, {
          value: value === '<5' ? 2.5 : value,
          label: value === null ? t('map.noValue') : formatFigure(value, figure.type, true),
        });
      } else {
        const level = areaKey ? row.impacts[areaKey] : worstLevel(row);
        values.set(
          code,
          isImpactLevel(level)
            ? { value: level, label: `${level} ${t(impactLabelKey(level))}` }
            : { value: null, label: t('map.notGiven') },
        );
      }
    }
    return { values, fitTo: [...orgByCode.keys()], orgByCode, offMap };
  }, [picture, figure, areaKey, t]);

  const highlightCodes = useMemo(
    () =>
      areaKey
        ? picture.worsened.flatMap((w) => {
            const code = w.areaKey === areaKey ? orgOf(picture, w.orgId).code : null;
            return code ? [code] : [];
          })
        : [],
    [picture, areaKey],
  );

  const what = selected?.label ?? '';
  return (
    <section className="picture-section" aria-labelledby="karta">
      <h2 id="karta">{t('map.heading')}</h2>
      <div className="picture-map__controls">
        <Select
          label={t('map.show')}
          options={options}
          value={selected?.value ?? 'worst'}
          onChange={(event) => onChoose(toChoice(event.target.value))}
        />
      </div>
      <MapWithTable
        values={values}
        scale={figure ? 'sequential' : 'impact'}
        title={t('map.title', { what, round: picture.round.label })}
        legendTitle={figure ? t('map.legendFigure', { figure: figureLabel(figure) }) : t('map.legendImpact')}
        valueHeader={what}
        fitTo={fitTo}
        highlightCodes={highlightCodes}
        formatValue={figure ? (value) => formatFigure(value, figure.type, true) : undefined}
        onSelect={(code) => {
          const orgId = orgByCode.get(code);
          if (orgId) navigate(historyPath(picture.network.id, orgId));
        }}
      />
      {offMap.length > 0 ? <p className="muted">{t('map.notOnMap', { names: offMap.join(', ') })}</p> : null}
    </section>
  );
}

function isMapChoice(value: string): value is MapChoice {
  return value === 'worst' || /^(impact|figure):[a-z][a-z0-9_]*$/.test(value);
}

/** The map choice from the address (`omrade`); anything else shows the worst level. */
export function toChoice(value: string | null): MapChoice {
  return value !== null && isMapChoice(value) ? value : 'worst';
}
