import { useTranslation } from 'react-i18next';
import { Select } from '../../components/Select';
import type { ReceptionScopes } from './ledger-types';

/** "network:<id>" or "county:<code>", or '' when there is nothing to pick. */
export function firstScope(scopes: ReceptionScopes): string {
  const network = scopes.networks[0];
  if (network) return `network:${network.id}`;
  const county = scopes.counties[0];
  return county ? `county:${county.code}` : '';
}

/** The API path of a scope's aggregate, e.g. /api/networks/<id>/ledger. */
export function scopePath(scope: string, resource: 'ledger' | 'housing'): string | null {
  const [kind, id] = scope.split(':');
  if (!id) return null;
  return kind === 'network'
    ? `/api/networks/${encodeURIComponent(id)}/${resource}`
    : `/api/counties/${encodeURIComponent(id)}/${resource}`;
}

/** Choose which network or county to see the aggregates of. */
export function ScopePicker({
  id,
  scopes,
  value,
  onChange,
}: {
  id: string;
  scopes: ReceptionScopes;
  value: string;
  onChange: (scope: string) => void;
}) {
  const { t } = useTranslation('ledger');
  const options = [
    ...scopes.networks.map((n) => ({ value: `network:${n.id}`, label: n.name })),
    ...scopes.counties.map((c) => ({
      value: `county:${c.code}`,
      label: t('scope.county', { name: c.name }),
    })),
  ];
  return (
    <Select
      id={id}
      label={t('scope.label')}
      options={options}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
