import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Details } from '../Details';

export interface ChartFigureProps {
  title: string;
  /** One or two sentences on what the chart shows; read out with it. */
  description?: string;
  /** Draws the chart at the given width (CSS pixels) and returns Plot's element. */
  render: (width: number) => Element;
  /** Legend (HTML) shown above the chart. */
  legend?: ReactNode;
  /** The same data as a table; always available under "Visa som tabell". */
  table: ReactNode;
  /** Open the table at once (e.g. in print). */
  tableOpen?: boolean;
  /** Values the chart depends on; it redraws when one changes. */
  deps: readonly unknown[];
}

/** Plot's class for its elements; its default styles live in charts.css, not inline. */
export const plotClassName = 'samla-plot';

/**
 * Hosts a chart from Observable Plot: draws it at the container's width, redraws on resize,
 * and strips the <style> element Plot adds (the CSP forbids inline styles; charts.css has the
 * same rules). The SVG is one image for screen readers; the table carries the numbers.
 */
export function ChartFigure({
  title,
  description,
  render,
  legend,
  table,
  tableOpen,
  deps,
}: ChartFigureProps) {
  const { t } = useTranslation('common');
  const hostRef = useRef<HTMLDivElement>(null);
  const titleId = `chart-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const renderRef = useRef(render);
  renderRef.current = render;

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let lastWidth = -1;
    const draw = () => {
      const width = Math.floor(host.clientWidth);
      if (width <= 0 || width === lastWidth) return;
      lastWidth = width;
      const chart = renderRef.current(width);
      for (const style of chart.querySelectorAll('style')) style.remove();
      chart.setAttribute('role', 'img');
      chart.setAttribute('aria-labelledby', titleId);
      if (description) chart.setAttribute('aria-description', description);
      else chart.removeAttribute('aria-description');
      chart.removeAttribute('aria-label');
      // Plot labels its mark groups (<g aria-label="line">); inside role="img" those labels are
      // prohibited ARIA (axe: aria-prohibited-attr) and say nothing the table does not.
      for (const mark of chart.querySelectorAll('[aria-label]')) mark.removeAttribute('aria-label');
      host.replaceChildren(chart);
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(host);
    return () => {
      observer.disconnect();
      host.replaceChildren();
    };
  }, [titleId, description, ...deps]);

  return (
    <figure className="chart">
      <figcaption className="chart__caption">
        <span id={titleId} className="chart__title">
          {title}
        </span>
        {description ? <span className="chart__description">{description}</span> : null}
      </figcaption>
      {legend}
      <div className="chart__plot" ref={hostRef} />
      <Details summary={t('chart.showTable')} open={tableOpen}>
        {table}
      </Details>
    </figure>
  );
}
