import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ImpactBadge } from '../ImpactBadge';
import { isImpactLevel } from '../impact';
import { Table, type TableColumn } from '../Table';
import { Tabs } from '../Tabs';
import { ChoroplethMap, type ChoroplethMapProps } from './ChoroplethMap';
import type { MapValue } from './map-scale';
import { useGeography } from './topology';

export interface MapWithTableProps extends ChoroplethMapProps {
  /** Header of the value column; defaults to legendTitle. */
  valueHeader?: string;
  /** Which view opens first. */
  defaultView?: 'map' | 'table';
  /** Label of the tab list; defaults to the title. */
  tabsLabel?: string;
}

interface Row {
  code: string;
  name: string;
  entry: MapValue | undefined;
}

/** The map and the same data as a sortable table, in tabs "Karta" / "Tabell". */
export function MapWithTable({
  valueHeader,
  defaultView = 'map',
  tabsLabel,
  ...mapProps
}: MapWithTableProps) {
  const { t } = useTranslation('common');
  const state = useGeography(mapProps.level ?? 'kommun');
  const { values, fitTo, scale, onSelect, title, legendTitle } = mapProps;

  const rows = useMemo<Row[]>(() => {
    if (state.status !== 'ready') return [];
    const { areas, byCode } = state.geography;
    const codes = fitTo && fitTo.length > 0 ? fitTo : areas.map((area) => area.code);
    return codes.map((code) => ({ code, name: byCode.get(code)?.name ?? code, entry: values.get(code) }));
  }, [state, fitTo, values]);

  const columns: TableColumn<Row>[] = [
    {
      key: 'name',
      header: mapProps.level === 'lan' ? t('map.county') : t('map.municipality'),
      isRowHeader: true,
      sortValue: (row) => row.name,
      render: (row) =>
        onSelect ? (
          <button type="button" className="link-button" onClick={() => onSelect(row.code)}>
            {row.name}
          </button>
        ) : (
          row.name
        ),
    },
    {
      key: 'value',
      header: valueHeader ?? legendTitle,
      sortValue: (row) => row.entry?.value ?? null,
      align: scale === 'sequential' ? 'end' : 'start',
      render: (row) => {
        const value = row.entry?.value;
        if (value === undefined || value === null) {
          return <span className="muted">{row.entry?.label || t('map.noReport')}</span>;
        }
        return scale === 'impact' && isImpactLevel(value) ? <ImpactBadge level={value} /> : row.entry?.label;
      },
    },
  ];

  return (
    <Tabs
      label={tabsLabel ?? title}
      defaultSelectedId={defaultView}
      tabs={[
        { id: 'map', label: t('map.tabMap'), content: <ChoroplethMap {...mapProps} /> },
        {
          id: 'table',
          label: t('map.tabTable'),
          content: (
            <Table
              caption={title}
              columns={columns}
              rows={rows}
              rowKey={(row) => row.code}
              initialSort={{ key: 'name', direction: 'ascending' }}
            />
          ),
        },
      ]}
    />
  );
}
