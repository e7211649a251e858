import { useTranslation } from 'react-i18next';
import type { LegendItem } from './map-scale';

export interface MapLegendProps {
  title: string;
  items: LegendItem[];
  /** Id of the hatch <pattern> in the map's SVG (ids are document-wide). */
  hatchId: string;
  /** Show how many municipalities fall in each class. */
  showCounts?: boolean;
}

export function MapLegend({ title, items, hatchId, showCounts = true }: MapLegendProps) {
  const { t } = useTranslation('common');
  const titleId = `${hatchId}-legend`;
  return (
    <div className="map-legend">
      <p className="map-legend__title" id={titleId}>
        {title}
      </p>
      <ul className="map-legend__list" aria-labelledby={titleId}>
        {items.map((item) => (
          <li key={item.key} className="map-legend__item">
            <svg className="map-legend__swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
              <rect
                x="0.5"
                y="0.5"
                width="23"
                height="15"
                fill={item.color ?? `url(#${hatchId})`}
                stroke="#6b7178"
              />
            </svg>
            <span>
              {item.label}
              {showCounts ? (
                <span className="muted"> {t('map.legendCount', { count: item.count })}</span>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
