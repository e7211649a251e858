import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import {
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { Alert } from '../Alert';
import type { ImpactLevel } from '../impact';
import { Spinner } from '../Spinner';
import { MapLegend } from './MapLegend';
import { MapTooltip } from './MapTooltip';
import { buildMapScale, type MapScaleKind, type MapValue } from './map-scale';
import { type MapGeography, type MapLevel, useGeography } from './topology';

export interface ChoroplethMapProps {
  /** Value per kommunkod (or länskod when level is 'lan'). Missing = "Ingen rapport". */
  values: ReadonlyMap<string, MapValue>;
  /** 'impact': values 1–5 on the impact palette; 'sequential': five classes of blue. */
  scale: MapScaleKind;
  /** Caption of the map, also its accessible name. */
  title: string;
  legendTitle: string;
  /** Makes each area a button; called with its code on click, Enter or Space. */
  onSelect?: (code: string) => void;
  /** Areas drawn with a strong outline (e.g. the selected one, or "worse since last round"). */
  highlightCodes?: readonly string[];
  /**
   * Zoom to these areas (e.g. GR's 13 members); only they are focusable, neighbours are drawn
   * as grey context. Default: the whole country.
   */
  fitTo?: readonly string[];
  level?: MapLevel;
  /** Sequential scale: fixed [min, max] instead of the values' range. */
  domain?: readonly [number, number];
  /** Sequential scale: how legend bounds are written. */
  formatValue?: (value: number) => string;
  /** Hide the caption visually (keep it for screen readers) when a heading already says it. */
  titleHidden?: boolean;
}

/** Coordinate width of the SVG; the height follows from the shape of what is shown. */
const WIDTH = 600;
const PAD = 6;

/** A choropleth map of Swedish municipalities in SVG; wait for the boundaries, then draw. */
export function ChoroplethMap(props: ChoroplethMapProps) {
  const { t } = useTranslation('common');
  const state = useGeography(props.level ?? 'kommun');
  if (state.status === 'loading') return <Spinner label={t('map.loading')} />;
  if (state.status === 'error') {
    return (
      <Alert variant="error" title={t('map.loadErrorTitle')}>
        <p>{t('map.loadError')}</p>
      </Alert>
    );
  }
  return <ChoroplethSvg {...props} geography={state.geography} />;
}

interface Active {
  code: string;
  x: number;
  y: number;
}

function codeOf(target: EventTarget): string | null {
  return target instanceof SVGElement ? (target.dataset.code ?? null) : null;
}

function ChoroplethSvg({
  values,
  scale,
  title,
  legendTitle,
  onSelect,
  highlightCodes,
  fitTo,
  domain,
  formatValue,
  titleHidden = false,
  geography,
}: ChoroplethMapProps & { geography: MapGeography }) {
  const { t } = useTranslation('common');
  const base = `map-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const svgRef = useRef<SVGSVGElement>(null);
  const [unitsPerPx, setUnitsPerPx] = useState(1);
  const [hovered, setHovered] = useState<Active | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);

  const focusSet = useMemo(() => (fitTo && fitTo.length > 0 ? new Set(fitTo) : null), [fitTo]);
  const isShown = useCallback((code: string) => focusSet === null || focusSet.has(code), [focusSet]);

  const drawing = useMemo(() => {
    const shown = geography.areas.filter((area) => isShown(area.code));
    const fitted: FeatureCollection<Geometry> = {
      type: 'FeatureCollection',
      features: (shown.length > 0 ? shown : geography.areas).map((area) => area.feature),
    };
    // Transverse Mercator on 15° E, as SWEREF 99 TM: Sweden keeps its familiar shape.
    const projection = geoTransverseMercator().rotate([-15, 0]).fitWidth(WIDTH, fitted);
    const path = geoPath(projection);
    const [[, top], [, bottom]] = path.bounds(fitted);
    const viewBox: [number, number, number, number] = [
      -PAD,
      top - PAD,
      WIDTH + 2 * PAD,
      bottom - top + 2 * PAD,
    ];
    const areas = geography.areas.map((area) => ({
      ...area,
      d: path(area.feature) ?? '',
      centroid: path.centroid(area.feature),
    }));
    const countyBorders = geography.countyBorders ? path(geography.countyBorders) : null;
    return { areas, viewBox, countyBorders, byCode: new Map(areas.map((area) => [area.code, area])) };
  }, [geography, isShown]);

  const noData = t('map.noReport');
  const mapScale = useMemo(
    () =>
      buildMapScale(
        scale,
        drawing.areas.filter((area) => isShown(area.code)).map((area) => values.get(area.code)),
        {
          domain,
          formatValue: formatValue ?? ((value) => formatNumber(value, { maximumFractionDigits: 1 })),
          impactLabel: (level: ImpactLevel) => t(`impact.${level}`),
          noDataLabel: noData,
        },
      ),
    [scale, drawing, values, domain, formatValue, noData, t, isShown],
  );

  // Keep tooltip text and strokes a constant size on screen whatever the map's rendered size.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const measure = () => {
      const width = svg.getBoundingClientRect().width;
      const height = svg.getBoundingClientRect().height;
      if (width > 0 && height > 0) {
        // preserveAspectRatio "meet": the tighter dimension decides the scale.
        setUnitsPerPx(Math.max(drawing.viewBox[2] / width, drawing.viewBox[3] / height));
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [drawing.viewBox]);

  const labelFor = (code: string) => values.get(code)?.label ?? noData;

  const pointerMove = (event: PointerEvent<SVGGElement>) => {
    const code = codeOf(event.target);
    const matrix = svgRef.current?.getScreenCTM();
    if (!code || !matrix || !isShown(code)) {
      setHovered(null);
      return;
    }
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    setHovered({ code, x: point.x, y: point.y });
    setDismissed(false);
  };

  const keyDown = (event: KeyboardEvent<SVGGElement>) => {
    const code = codeOf(event.target);
    if (event.key === 'Escape') {
      setDismissed(true);
      return;
    }
    if (code && onSelect && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onSelect(code);
    }
  };

  const focusChange = (event: FocusEvent<SVGGElement>, entering: boolean) => {
    const code = codeOf(event.target);
    setFocused(entering ? code : null);
    setDismissed(false);
  };

  // Focus wins over hover: a keyboard user's place must stay visible.
  const activeCode = focused ?? hovered?.code ?? null;
  const activeArea = activeCode ? drawing.byCode.get(activeCode) : undefined;
  const tooltipPoint: [number, number] | null = activeArea
    ? focused === null && hovered
      ? [hovered.x, hovered.y]
      : activeArea.centroid
    : null;

  const context = useMemo(
    () =>
      drawing.areas
        .filter((area) => !isShown(area.code))
        .map((area) => <path key={area.code} d={area.d} className="choropleth__context" />),
    [drawing, isShown],
  );

  const fills = useMemo(
    () =>
      drawing.areas
        .filter((area) => isShown(area.code))
        .map((area) => {
          const fill = mapScale.colorFor(values.get(area.code)) ?? `url(#${base}-hatch)`;
          const label = `${area.name}: ${values.get(area.code)?.label ?? noData}`;
          return (
            <path
              key={area.code}
              d={area.d}
              fill={fill}
              data-code={area.code}
              className="choropleth__area"
              tabIndex={0}
              role={onSelect ? 'button' : 'img'}
              aria-label={label}
            />
          );
        }),
    [drawing, mapScale, values, base, noData, onSelect, isShown],
  );

  const [viewX, viewY, viewWidth, viewHeight] = drawing.viewBox;
  const titleId = `${base}-title`;
  const hintId = `${base}-hint`;

  return (
    <figure className="choropleth">
      <figcaption id={titleId} className={titleHidden ? 'visually-hidden' : 'choropleth__title'}>
        {title}
      </figcaption>
      <div className="choropleth__body">
        <div className="choropleth__canvas">
          {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the areas. */}
          <svg
            ref={svgRef}
            className="choropleth__svg"
            viewBox={`${viewX} ${viewY} ${viewWidth} ${viewHeight}`}
            role="group"
            aria-labelledby={titleId}
            aria-describedby={hintId}
          >
            <defs>
              <pattern
                id={`${base}-hatch`}
                patternUnits="userSpaceOnUse"
                width={6 * unitsPerPx}
                height={6 * unitsPerPx}
                patternTransform="rotate(45)"
              >
                <rect width={6 * unitsPerPx} height={6 * unitsPerPx} fill="#e8e8e8" />
                <line
                  x1="0"
                  y1="0"
                  x2="0"
                  y2={6 * unitsPerPx}
                  stroke="#8c9096"
                  strokeWidth={2 * unitsPerPx}
                />
              </pattern>
            </defs>
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: decorative context; SVG groups are not focusable. */}
            <g aria-hidden="true">{context}</g>
            {/* biome-ignore lint/a11y/noStaticElementInteractions: delegates the areas' pointer, focus and key events. */}
            <g
              className={onSelect ? 'choropleth__areas choropleth__areas--selectable' : 'choropleth__areas'}
              onPointerMove={pointerMove}
              onPointerLeave={() => setHovered(null)}
              onFocus={(event) => focusChange(event, true)}
              onBlur={(event) => focusChange(event, false)}
              onKeyDown={keyDown}
              onClick={(event) => {
                const code = codeOf(event.target);
                if (code && onSelect && isShown(code)) onSelect(code);
              }}
            >
              {fills}
            </g>
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: decorative outlines; SVG groups are not focusable. */}
            <g aria-hidden="true">
              {drawing.countyBorders ? (
                <path className="choropleth__county" d={drawing.countyBorders} />
              ) : null}
              {(highlightCodes ?? []).map((code) => {
                const area = drawing.byCode.get(code);
                return area ? <path key={code} className="choropleth__highlight" d={area.d} /> : null;
              })}
              {activeArea ? (
                <>
                  <path className="choropleth__active-halo" d={activeArea.d} />
                  <path className="choropleth__active" d={activeArea.d} />
                </>
              ) : null}
            </g>
            {activeArea && tooltipPoint && !dismissed ? (
              <MapTooltip
                x={tooltipPoint[0]}
                y={tooltipPoint[1]}
                title={activeArea.name}
                text={labelFor(activeArea.code)}
                unitsPerPx={unitsPerPx}
                viewBox={drawing.viewBox}
              />
            ) : null}
          </svg>
          <p id={hintId} className="choropleth__hint muted">
            {onSelect ? t('map.hintSelectable') : t('map.hint')}
          </p>
        </div>
        <MapLegend title={legendTitle} items={mapScale.legend} hatchId={`${base}-hatch`} />
      </div>
    </figure>
  );
}
