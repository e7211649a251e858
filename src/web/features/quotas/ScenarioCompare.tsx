import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapWithTable } from '../../components/map/MapWithTable';
import type { MapValue } from '../../components/map/map-scale';
import { Select } from '../../components/Select';
import { Table, type TableColumn } from '../../components/Table';
import { formatNumber } from '../../i18n/format';
import type { ScenarioList } from './quota-types';

interface Row {
  code: string;
  name: string;
  county: string;
  a: number;
  b: number;
}

const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));

/** Two scenarios side by side: per county, per municipality, and the difference on a map. */
export function ScenarioCompare({ data, onPick }: { data: ScenarioList; onPick?: (ids: string[]) => void }) {
  const { t } = useTranslation('quotas');
  const { scenarios, municipalities } = data;
  const [aId, setA] = useState(scenarios[0]?.id ?? '');
  const [bId, setB] = useState(scenarios[1]?.id ?? scenarios[0]?.id ?? '');
  const [county, setCounty] = useState('');
  const a = scenarios.find((s) => s.id === aId) ?? scenarios[0];
  const b = scenarios.find((s) => s.id === bId) ?? scenarios[1] ?? scenarios[0];

  const rows = useMemo<Row[]>(() => {
    if (!a || !b) return [];
    const av = new Map(a.results.map((r) => [r.code, r.kommuntal]));
    const bv = new Map(b.results.map((r) => [r.code, r.kommuntal]));
    const countyName = new Map(a.counties.map((c) => [c.countyCode, c.name]));
    return municipalities
      .filter((m) => county === '' || m.countyCode === county)
      .map((m) => ({
        code: m.code,
        name: m.name,
        county: countyName.get(m.countyCode) ?? m.countyCode,
        a: av.get(m.code) ?? 0,
        b: bv.get(m.code) ?? 0,
      }));
  }, [a, b, municipalities, county]);
  const values = useMemo(
    () =>
      new Map<string, MapValue>(rows.map((r) => [r.code, { value: r.b - r.a, label: signed(r.b - r.a) }])),
    [rows],
  );

  if (!a || !b) return <p>{t('compare.none')}</p>;
  const options = scenarios.map((s) => ({ value: s.id, label: s.name }));
  const pick = (nextA: string, nextB: string) => {
    setA(nextA);
    setB(nextB);
    onPick?.([nextA, nextB]);
  };
  const columns: TableColumn<Row>[] = [
    {
      key: 'name',
      header: t('table.municipality'),
      isRowHeader: true,
      sortValue: (r) => r.name,
      render: (r) => r.name,
    },
    { key: 'county', header: t('table.county'), sortValue: (r) => r.county, render: (r) => r.county },
    { key: 'a', header: a.name, align: 'end', sortValue: (r) => r.a, render: (r) => formatNumber(r.a) },
    { key: 'b', header: b.name, align: 'end', sortValue: (r) => r.b, render: (r) => formatNumber(r.b) },
    {
      key: 'diff',
      header: t('compare.difference'),
      align: 'end',
      sortValue: (r) => r.b - r.a,
      render: (r) => signed(r.b - r.a),
    },
  ];
  const countyRows = a.counties.map((c) => ({
    code: c.countyCode,
    name: c.name,
    a: c.lanstal,
    b: b.counties.find((x) => x.countyCode === c.countyCode)?.lanstal ?? 0,
  }));
  return (
    <section className="quotas-section" aria-labelledby="quota-compare-title">
      <h2 id="quota-compare-title">{t('compare.heading')}</h2>
      <div className="quotas-inline">
        <Select
          id="quota-compare-a"
          label={t('compare.a')}
          options={options}
          value={a.id}
          onChange={(e) => pick(e.target.value, b.id)}
        />
        <Select
          id="quota-compare-county"
          label={t('compare.county')}
          placeholder={t('compare.allCounties')}
          options={a?.counties.map((c) => ({ value: c.countyCode, label: c.name })) ?? []}
          value={county}
          onChange={(e) => setCounty(e.target.value)}
        />
        <Select
          id="quota-compare-b"
          label={t('compare.b')}
          options={options}
          value={b.id}
          onChange={(e) => pick(a.id, e.target.value)}
        />
      </div>
      <ul>
        {[
          { s: a, slot: 'a' },
          { s: b, slot: 'b' },
        ].map(({ s, slot }) => (
          <li key={slot}>
            <strong>{s.name}</strong>
            {s.referenceDate ? ` (${s.referenceDate})` : ''}:{' '}
            {t('compare.total', { total: formatNumber(s.nationalTotal), floor: s.params.floor })}
          </li>
        ))}
      </ul>
      <MapWithTable
        title={t('compare.mapTitle', { a: a.name, b: b.name })}
        legendTitle={t('compare.difference')}
        values={values}
        {...(county ? { fitTo: rows.map((r) => r.code) } : {})}
        scale="sequential"
      />
      <Table
        caption={t('compare.countyCaption')}
        columns={[
          {
            key: 'name',
            header: t('table.county'),
            isRowHeader: true,
            sortValue: (r) => r.name,
            render: (r) => r.name,
          },
          { key: 'a', header: a.name, align: 'end', sortValue: (r) => r.a, render: (r) => formatNumber(r.a) },
          { key: 'b', header: b.name, align: 'end', sortValue: (r) => r.b, render: (r) => formatNumber(r.b) },
          {
            key: 'diff',
            header: t('compare.difference'),
            align: 'end',
            sortValue: (r) => r.b - r.a,
            render: (r) => signed(r.b - r.a),
          },
        ]}
        rows={countyRows}
        rowKey={(r) => r.code}
      />
      <Table
        caption={t('compare.tableCaption')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        initialSort={{ key: 'diff', direction: 'descending' }}
      />
    </section>
  );
}
