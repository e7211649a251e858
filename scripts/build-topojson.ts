/**
 * Builds the map boundaries the web app loads from /data/:
 *   data/kommuner.topo.json  (object `kommuner`, properties KnKod, KnNamn)
 *   data/lan.topo.json       (object `lan`, properties LnKod, LnNamn)
 * from SCB's generalized GeoJSON in data/. Run: node --import tsx scripts/build-topojson.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Objects, Topology, Transform } from 'topojson-specification';

type Area = Polygon | MultiPolygon;
type Props = Record<string, string>;

interface LayerSpec {
  source: string;
  target: string;
  object: string;
  codeKey: string;
  nameKey: string;
  /** Share of the arc points, by Visvalingam weight, that simplification keeps. */
  retainShare: number;
}

const layers: LayerSpec[] = [
  {
    source: 'kommuner_scb_generalized.geojson',
    target: 'kommuner.topo.json',
    object: 'kommuner',
    codeKey: 'KnKod',
    nameKey: 'KnNamn',
    retainShare: 0.5,
  },
  {
    source: 'lan_scb_generalized.geojson',
    target: 'lan.topo.json',
    object: 'lan',
    codeKey: 'LnKod',
    nameKey: 'LnNamn',
    retainShare: 0.5,
  },
];

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number');
}

function isRing(value: unknown): value is Position[] {
  return Array.isArray(value) && value.every(isPosition);
}

function isPolygonCoords(value: unknown): value is Position[][] {
  return Array.isArray(value) && value.every(isRing);
}

function readGeometry(value: unknown): Area {
  if (!isRecord(value)) throw new Error('feature without geometry');
  const { type, coordinates } = value;
  if (type === 'Polygon' && isPolygonCoords(coordinates)) return { type, coordinates };
  if (type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.every(isPolygonCoords)) {
    return { type, coordinates };
  }
  throw new Error(`unsupported geometry ${String(type)}`);
}

function readLayer(spec: LayerSpec): FeatureCollection<Area, Props> {
  const raw: unknown = JSON.parse(readFileSync(join(dataDir, spec.source), 'utf8'));
  if (!isRecord(raw) || !Array.isArray(raw.features))
    throw new Error(`${spec.source}: not a FeatureCollection`);
  const features = raw.features.map((item: unknown): Feature<Area, Props> => {
    if (!isRecord(item) || !isRecord(item.properties)) throw new Error(`${spec.source}: bad feature`);
    const code = item.properties[spec.codeKey];
    const name = item.properties[spec.nameKey];
    if (typeof code !== 'string' || typeof name !== 'string') {
      throw new Error(`${spec.source}: feature lacks ${spec.codeKey}/${spec.nameKey}`);
    }
    return rewind({
      type: 'Feature',
      properties: { [spec.codeKey]: code, [spec.nameKey]: name },
      geometry: readGeometry(item.geometry),
    });
  });
  return { type: 'FeatureCollection', features };
}

/**
 * d3-geo wants exterior rings clockwise (the opposite of RFC 7946); a ring wound the other way
 * covers the rest of the globe. Reverse every ring of a feature whose area exceeds a hemisphere.
 */
function rewind(feature: Feature<Area, Props>): Feature<Area, Props> {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const flip = (polygon: Position[][]): Position[][] => polygon.map((ring) => [...ring].reverse());
  const geometry: Area =
    feature.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: flip(feature.geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: feature.geometry.coordinates.map(flip) };
  return { ...feature, geometry };
}

/** Narrows topojson-server's output to the type topojson-simplify's typings accept. */
function isTopology(value: unknown): value is Topology<Objects> {
  return isRecord(value) && value.type === 'Topology' && isRecord(value.objects) && Array.isArray(value.arcs);
}

/**
 * Quantizes absolute arcs to integers with delta encoding, as topojson-client's quantize does
 * (whose typings reject topologies with nullable properties).
 */
function quantizeArcs(arcs: Position[][], steps: number): { transform: Transform; arcs: Position[][] } {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const arc of arcs) {
    for (const [x = 0, y = 0] of arc) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  const kx = x1 > x0 ? (x1 - x0) / (steps - 1) : 1;
  const ky = y1 > y0 ? (y1 - y0) / (steps - 1) : 1;
  const quantized = arcs.map((arc) => {
    const out: Position[] = [];
    let [px, py] = [0, 0];
    for (const [x = 0, y = 0] of arc) {
      const qx = Math.round((x - x0) / kx);
      const qy = Math.round((y - y0) / ky);
      // Drop points that collapse onto the previous one, but keep at least two per arc.
      if (out.length > 0 && qx === px && qy === py) continue;
      out.push([qx - px, qy - py]);
      [px, py] = [qx, qy];
    }
    if (out.length === 1) out.push([0, 0]);
    return out;
  });
  return { transform: { scale: [kx, ky], translate: [x0, y0] }, arcs: quantized };
}

for (const spec of layers) {
  const collection = readLayer(spec);
  // Simplify at full precision, then quantize: 1e5 steps per axis ≈ 15 m, finer than any zoom we show.
  const built: unknown = topology({ [spec.object]: collection }, 1e6);
  if (!isTopology(built)) throw new Error('topojson-server returned no topology');
  const weighted = presimplify(built);
  const simplified = simplify(weighted, quantile(weighted, spec.retainShare));
  const output = JSON.stringify({ ...simplified, ...quantizeArcs(simplified.arcs, 1e5) });
  writeFileSync(join(dataDir, spec.target), `${output}\n`);
  console.log(
    `${spec.target}: ${collection.features.length} features, ${(output.length / 1024).toFixed(1)} KB`,
  );
}
