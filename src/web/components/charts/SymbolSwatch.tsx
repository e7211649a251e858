import type { SeriesSymbol } from './chart-format';

/** Hand-drawn versions of Plot's symbols, for the HTML legend (12×12 box). */
const shapes: Record<SeriesSymbol, string> = {
  circle: 'M6 2.5a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z',
  square: 'M2.8 2.8h6.4v6.4H2.8z',
  triangle: 'M6 2 10 9.5H2z',
  diamond: 'M6 1.5 10.5 6 6 10.5 1.5 6z',
  cross: 'M4.8 2h2.4v2.8H10v2.4H7.2V10H4.8V7.2H2V4.8h2.8z',
  star: 'M6 1.5l1.3 3 3.2.2-2.5 2.1.8 3.2L6 8.3 3.2 10l.8-3.2-2.5-2.1 3.2-.2z',
  wye: 'M5 1.5h2v4l3.3 2-1 1.7L6 7.3 2.7 9.2l-1-1.7L5 5.5z',
};

export function SymbolSwatch({ symbol, color }: { symbol: SeriesSymbol; color: string }) {
  return (
    <svg className="chart-legend__swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
      <line x1="0" y1="6" x2="28" y2="6" stroke={color} strokeWidth="2" />
      <path d={shapes[symbol]} transform="translate(8 0)" fill={color} stroke="#ffffff" strokeWidth="0.8" />
    </svg>
  );
}
