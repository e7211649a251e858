import type { Feature, Geometry, MultiLineString } from 'geojson';
import { useEffect, useState } from 'react';
import { feature, mesh } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';

export type MapLevel = 'kommun' | 'lan';

/** One municipality (or county) ready to draw. */
export interface MapArea {
  code: string;
  name: string;
  feature: Feature<Geometry>;
}

export interface MapGeography {
  level: MapLevel;
  areas: MapArea[];
  byCode: ReadonlyMap<string, MapArea>;
  /** County borders drawn over municipalities (null for the county level). */
  countyBorders: MultiLineString | null;
}

const sources: Record<MapLevel, { url: string; object: string; codeKey: string; nameKey: string }> = {
  kommun: { url: '/data/kommuner.topo.json', object: 'kommuner', codeKey: 'KnKod', nameKey: 'KnNamn' },
  lan: { url: '/data/lan.topo.json', object: 'lan', codeKey: 'LnKod', nameKey: 'LnNamn' },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Shape check of the file we generate ourselves (scripts/build-topojson.ts). */
function isTopology(value: unknown): value is Topology<Objects> {
  return isRecord(value) && value.type === 'Topology' && isRecord(value.objects) && Array.isArray(value.arcs);
}

function prop(object: object | undefined, key: string): string {
  const properties: unknown = object && 'properties' in object ? object.properties : undefined;
  const value = isRecord(properties) ? properties[key] : undefined;
  return typeof value === 'string' ? value : '';
}

function toGeography(level: MapLevel, topology: Topology<Objects>): MapGeography {
  const source = sources[level];
  const collection = topology.objects[source.object];
  if (collection?.type !== 'GeometryCollection') {
    throw new Error(`${source.url}: object ${source.object} missing`);
  }
  const areas: MapArea[] = [];
  for (const geometry of collection.geometries) {
    const converted = feature(topology, geometry);
    if (!('geometry' in converted)) continue;
    areas.push({
      code: prop(geometry, source.codeKey),
      name: prop(geometry, source.nameKey),
      feature: converted,
    });
  }
  // Municipality codes start with their county's two digits; borders between counties are
  // the arcs whose two sides differ in those digits. Drawn from the same arcs, they align exactly.
  const countyBorders =
    level === 'kommun'
      ? mesh(
          topology,
          collection,
          (a, b) => a !== b && prop(a, 'KnKod').slice(0, 2) !== prop(b, 'KnKod').slice(0, 2),
        )
      : null;
  return { level, areas, byCode: new Map(areas.map((area) => [area.code, area])), countyBorders };
}

const cache = new Map<MapLevel, Promise<MapGeography>>();

/** Loads (once per page) the boundaries of the municipalities or counties. */
export function loadGeography(level: MapLevel): Promise<MapGeography> {
  const cached = cache.get(level);
  if (cached) return cached;
  const promise = fetch(sources[level].url, { credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error(`${sources[level].url}: HTTP ${response.status}`);
      return response.json();
    })
    .then((json: unknown) => {
      if (!isTopology(json)) throw new Error(`${sources[level].url}: not TopoJSON`);
      return toGeography(level, json);
    });
  // A failed load may succeed later (network back); do not cache the failure.
  promise.catch(() => cache.delete(level));
  cache.set(level, promise);
  return promise;
}

export type GeographyState =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; geography: MapGeography };

export function useGeography(level: MapLevel = 'kommun'): GeographyState {
  const [state, setState] = useState<GeographyState>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    setState({ status: 'loading' });
    loadGeography(level).then(
      (geography) => {
        if (active) setState({ status: 'ready', geography });
      },
      (error: unknown) => {
        if (active)
          setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      active = false;
    };
  }, [level]);
  return state;
}
