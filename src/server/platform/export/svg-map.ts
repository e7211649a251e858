/**
 * A choropleth map of Swedish municipalities as a standalone SVG string, drawn on the
 * server for documents (pdfmake's `{ svg }` node, or an e-mail or a download). Same
 * boundaries (data/kommuner.topo.json) and projection as the map on screen, so a printed
 * map looks like the one people know from the page. Colours are the caller's: pass impact
 * colours from core/picture/impact-palette or any other scale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import { contextColors, noDataColors, notGivenColors } from '../../../core/picture/impact-palette';

const topologyPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../data/kommuner.topo.json',
);

interface Municipality {
  code: string;
  name: string;
  feature: Feature<Geometry>;
}

interface Geography {
  municipalities: Municipality[];
  countyBorders: MultiLineString;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTopology(value: unknown): value is Topology<Objects> {
  return isRecord(value) && value.type === 'Topology' && isRecord(value.objects) && Array.isArray(value.arcs);
}

function prop(geometry: GeometryObject | undefined, key: string): string {
  const properties: unknown = geometry?.properties;
  const value = isRecord(properties) ? properties[key] : undefined;
  return typeof value === 'string' ? value : '';
}

let geography: Geography | undefined;

/** The municipalities' boundaries, read and converted once per process. */
function loadGeography(): Geography {
  if (geography) return geography;
  const json: unknown = JSON.parse(readFileSync(topologyPath, 'utf8'));
  if (!isTopology(json)) throw new Error(`${topologyPath}: not TopoJSON`);
  const collection = json.objects.kommuner;
  if (collection?.type !== 'GeometryCollection') throw new Error(`${topologyPath}: object kommuner missing`);
  const municipalities: Municipality[] = [];
  for (const geometry of collection.geometries) {
    const converted = feature(json, geometry);
    if ('geometry' in converted) {
      municipalities.push({
        code: prop(geometry, 'KnKod'),
        name: prop(geometry, 'KnNamn'),
        feature: converted,
      });
    }
  }
  // Kommunkod starts with the county's two digits: an arc between two counties is a county border.
  const countyBorders = mesh(
    json,
    collection,
    (a, b) => a !== b && prop(a, 'KnKod').slice(0, 2) !== prop(b, 'KnKod').slice(0, 2),
  );
  geography = { municipalities, countyBorders };
  return geography;
}

/** Fill of a municipality that reported but gave no value for what the map shows (dotted). */
export const NOT_GIVEN_FILL = 'url(#not-given)';

export interface MunicipalityMapOptions {
  /**
   * Fill per kommunkod of the municipalities the map is about: a colour, NOT_GIVEN_FILL,
   * or null for the hatched "no report". Municipalities not in the map are grey context.
   */
  fills: ReadonlyMap<string, string | null>;
  /** Width in SVG units (the height follows the shape shown). Default 400. */
  width?: number;
  /** Zoom to the municipalities in `fills` instead of the whole country. Default true. */
  fitToFills?: boolean;
  /** Accessible name of the image. */
  title?: string;
}

export interface MunicipalityMap {
  svg: string;
  width: number;
  height: number;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Draws the municipalities; the viewBox is clipped so zoomed-out neighbours never spill over. */
export function renderMunicipalityMap(options: MunicipalityMapOptions): MunicipalityMap {
  const { municipalities, countyBorders } = loadGeography();
  const width = options.width ?? 400;
  const shown = municipalities.filter((m) => options.fills.has(m.code));
  const fitted: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: (options.fitToFills === false || shown.length === 0 ? municipalities : shown).map(
      (m) => m.feature,
    ),
  };
  // Transverse Mercator on 15° E, as SWEREF 99 TM, like the map on screen.
  const pad = 4;
  const projection = geoTransverseMercator()
    .rotate([-15, 0])
    .fitWidth(width - 2 * pad, fitted);
  const draw = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = draw.bounds(fitted);
  const height = Math.ceil(bottom - top + 2 * pad);
  const viewBox = `${-pad} ${Math.floor(top - pad)} ${width} ${height}`;
  const hatch = 4;

  const paths: string[] = [];
  for (const m of municipalities) {
    const d = draw(m.feature);
    if (!d) continue;
    const fill = options.fills.get(m.code);
    if (fill === undefined) {
      paths.push(
        `<path d="${d}" fill="${contextColors.fill}" stroke="${contextColors.stroke}" stroke-width="0.3"/>`,
      );
    } else {
      paths.push(`<path d="${d}" fill="${fill ?? 'url(#no-data)'}" stroke="#ffffff" stroke-width="0.4"/>`);
    }
  }
  const borders = draw(countyBorders);
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${viewBox}">`,
    title,
    '<defs>',
    `<clipPath id="frame"><rect x="${-pad}" y="${Math.floor(top - pad)}" width="${width}" height="${height}"/></clipPath>`,
    `<pattern id="no-data" patternUnits="userSpaceOnUse" width="${hatch}" height="${hatch}" patternTransform="rotate(45)">`,
    `<rect width="${hatch}" height="${hatch}" fill="${noDataColors.background}"/>`,
    `<line x1="0" y1="0" x2="0" y2="${hatch}" stroke="${noDataColors.hatch}" stroke-width="1.2"/>`,
    '</pattern>',
    `<pattern id="not-given" patternUnits="userSpaceOnUse" width="${hatch}" height="${hatch}">`,
    `<rect width="${hatch}" height="${hatch}" fill="${notGivenColors.background}"/>`,
    `<circle cx="${hatch / 2}" cy="${hatch / 2}" r="0.7" fill="${notGivenColors.dot}"/>`,
    '</pattern>',
    '</defs>',
    '<g clip-path="url(#frame)">',
    ...paths,
    borders ? `<path d="${borders}" fill="none" stroke="#4a4a4a" stroke-width="0.6"/>` : '',
    '</g>',
    '</svg>',
  ].join('');
  return { svg, width, height };
}

/** Kommunkoder the map can draw (the 290 municipalities of the boundary file). */
export function mapMunicipalityCodes(): ReadonlySet<string> {
  return new Set(loadGeography().municipalities.map((m) => m.code));
}
