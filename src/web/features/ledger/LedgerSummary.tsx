import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { DefinitionList } from '../../components/DefinitionList';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { BehindPlan, LedgerTotals } from './ledger-types';

/** Kommuntal, assigned, received, remaining and pending persons, with the behind-plan warning. */
export function LedgerSummary({ totals, behind }: { totals: LedgerTotals; behind: BehindPlan }) {
  const { t } = useTranslation('ledger');
  const none = t('summary.noKommuntal');
  return (
    <>
      {behind.behind ? <BehindPlanAlert behind={behind} /> : null}
      <DefinitionList
        items={[
          {
            key: 'k',
            term: t('summary.kommuntal'),
            description: totals.kommuntal === null ? none : formatNumber(totals.kommuntal),
          },
          {
            key: 'a',
            term: t('summary.assigned'),
            description: t('summary.persons', {
              count: totals.assigned,
              households: totals.households.assigned,
            }),
          },
          {
            key: 'r',
            term: t('summary.received'),
            description: t('summary.persons', {
              count: totals.received,
              households: totals.households.received,
            }),
          },
          {
            key: 'rem',
            term: t('summary.remaining'),
            description: totals.remaining === null ? none : formatNumber(totals.remaining),
          },
          {
            key: 'p',
            term: t('summary.pending'),
            description: t('summary.persons', {
              count: totals.pending,
              households: totals.households.pending,
            }),
          },
        ]}
      />
    </>
  );
}

export function BehindPlanAlert({
  behind,
  name,
  headingLevel = 3,
}: {
  behind: BehindPlan;
  name?: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation('ledger');
  return (
    <Alert
      variant="warning"
      headingLevel={headingLevel}
      title={name ? t('behind.titleFor', { name }) : t('behind.title')}
    >
      <ul>
        {behind.reasons.includes('behind_share') ? (
          <li>
            {t('behind.share', {
              received: formatPercent(behind.receivedShare ?? 0),
              elapsed: formatPercent(behind.elapsedShare),
            })}
          </li>
        ) : null}
        {behind.reasons.includes('overdue_receptions') ? (
          <li>{t('behind.overdue', { count: behind.overdue })}</li>
        ) : null}
      </ul>
    </Alert>
  );
}
