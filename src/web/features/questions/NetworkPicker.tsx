import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { Select } from '../../components/Select';

/**
 * The network the page shows, kept in `?natverk=` so links and reloads keep it; the
 * user's first network by default. The picker shows only when there is a choice.
 */
export function useChosenNetwork(): { networkId: string; isCoordinator: boolean; picker: ReactNode } {
  const { t } = useTranslation('questions');
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const networks = user?.networks ?? [];
  const wanted = params.get('natverk');
  const chosen = networks.find((n) => n.id === wanted) ?? networks[0];
  const networkId = chosen?.id ?? '';
  const picker =
    networks.length > 1 ? (
      <div className="filter-bar">
        <Select
          id="questions-network"
          label={t('page.network')}
          options={networks.map((n) => ({ value: n.id, label: n.name }))}
          value={networkId}
          onChange={(e) => setParams({ natverk: e.target.value }, { replace: true })}
        />
      </div>
    ) : null;
  return { networkId, isCoordinator: chosen?.isCoordinator ?? false, picker };
}
