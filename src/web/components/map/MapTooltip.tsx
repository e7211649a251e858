import { useLayoutEffect, useRef, useState } from 'react';

export interface MapTooltipProps {
  x: number;
  y: number;
  title: string;
  text: string;
  /** SVG user units per CSS pixel, so the tooltip keeps a readable size at any map size. */
  unitsPerPx: number;
  /** The visible part of the map in user units: [minX, minY, width, height]. */
  viewBox: readonly [number, number, number, number];
}

/**
 * A tooltip drawn in SVG (the CSP forbids inline styles, so no absolutely positioned HTML).
 * It sits beside the point and flips to stay inside the map. Hidden from assistive
 * technology: the focused area's aria-label already says the same.
 */
export function MapTooltip({ x, y, title, text, unitsPerPx, viewBox }: MapTooltipProps) {
  const textRef = useRef<SVGTextElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const font = 15 * unitsPerPx;
  const pad = 8 * unitsPerPx;
  const offset = 14 * unitsPerPx;

  // biome-ignore lint/correctness/useExhaustiveDependencies: measure again whenever the text or scale changes.
  useLayoutEffect(() => {
    const box = textRef.current?.getBBox();
    if (box) setSize({ width: box.width + 2 * pad, height: box.height + 2 * pad });
  }, [title, text, unitsPerPx, pad]);

  const width = size?.width ?? 0;
  const height = size?.height ?? 0;
  const [minX, minY, viewWidth, viewHeight] = viewBox;
  let left = x + offset;
  let top = y + offset;
  if (left + width > minX + viewWidth) left = Math.max(minX, x - offset - width);
  if (top + height > minY + viewHeight) top = Math.max(minY, y - offset - height);

  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the tooltip repeats the focused area's aria-label; it is not focusable.
    <g
      className="map-tooltip"
      transform={`translate(${left},${top})`}
      aria-hidden="true"
      pointerEvents="none"
      visibility={size ? 'visible' : 'hidden'}
    >
      <rect width={width} height={height} rx={4 * unitsPerPx} strokeWidth={unitsPerPx} />
      <text ref={textRef} x={pad} y={pad + font * 0.95} fontSize={font}>
        <tspan className="map-tooltip__title">{title}</tspan>
        <tspan x={pad} dy={font * 1.35}>
          {text}
        </tspan>
      </text>
    </g>
  );
}
