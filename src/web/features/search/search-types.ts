export const searchKinds = [
  'minutes',
  'agenda_item',
  'decision',
  'question',
  'bulletin',
  'consultation',
] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchSegment {
  text: string;
  highlighted: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  entityId: string;
  networkId: string;
  networkName: string;
  occurredAt: string;
  url: string;
  title: SearchSegment[];
  snippet: SearchSegment[];
  score: number;
}

export interface SearchResult {
  query: string;
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
  pages: number;
  hits: SearchHit[];
}

/** The search as it stands in the address (?q=&natverk=&typ=&fran=&till=&sida=), so it can be linked. */
export interface SearchFilter {
  q: string;
  network: string;
  kind: string;
  from: string;
  to: string;
}

export const emptyFilter: SearchFilter = { q: '', network: '', kind: '', from: '', to: '' };

const paramNames: Record<keyof SearchFilter, string> = {
  q: 'q',
  network: 'natverk',
  kind: 'typ',
  from: 'fran',
  to: 'till',
};

export function filterFromParams(params: URLSearchParams): { filter: SearchFilter; page: number } {
  const filter = { ...emptyFilter };
  for (const key of Object.keys(paramNames) as (keyof SearchFilter)[]) {
    filter[key] = params.get(paramNames[key]) ?? '';
  }
  const page = Number.parseInt(params.get('sida') ?? '1', 10);
  return { filter, page: Number.isFinite(page) && page > 0 ? page : 1 };
}

export function paramsFromFilter(filter: SearchFilter, page: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(paramNames) as (keyof SearchFilter)[]) {
    const value = filter[key].trim();
    if (value) out[paramNames[key]] = value;
  }
  if (page > 1) out.sida = String(page);
  return out;
}
