import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ImpactDistributionChart } from '../../components/charts/ImpactDistributionChart';
import { TrendChart } from '../../components/charts/TrendChart';
import { DefinitionList } from '../../components/DefinitionList';
import { Dialog } from '../../components/Dialog';
import { ImpactBadge } from '../../components/ImpactBadge';
import { type ImpactLevel, impactLabelKey, impactLevels } from '../../components/impact';
import { MapWithTable } from '../../components/map/MapWithTable';
import type { MapValue } from '../../components/map/map-scale';
import { useGeography } from '../../components/map/topology';
import { Pagination } from '../../components/Pagination';
import { Progress, Spinner } from '../../components/Spinner';
import { Table } from '../../components/Table';
import { Tabs } from '../../components/Tabs';
import { Tag } from '../../components/Tag';
import { formatNumber } from '../../i18n/format';
import { distribution, grCodes, randomLevel, seededRandom, trend } from './demo-data';
import { FormsDemo } from './FormsDemo';

/**
 * Developer preview of the components (unlisted route /designsystem). Texts here are sample
 * data, not product copy, and are therefore not translated.
 */
interface DemoRow {
  org: string;
  level: ImpactLevel;
  staff: number;
}

const demoRows: DemoRow[] = [
  { org: 'Göteborg', level: 4, staff: 1234 },
  { org: 'Mölndal', level: 2, staff: 310 },
  { org: 'Ale', level: 1, staff: 88 },
  { org: 'Öckerö', level: 3, staff: 41 },
];

export function DesignSystemPage() {
  const { t } = useTranslation('common');
  const [dialogOpen, setDialogOpen] = useState(false);
  const [page, setPage] = useState(3);
  const [selected, setSelected] = useState<string | null>(null);
  const geography = useGeography('kommun');

  const { impactValues, shareValues } = useMemo(() => {
    const impact = new Map<string, MapValue>();
    const share = new Map<string, MapValue>();
    if (geography.status === 'ready') {
      const random = seededRandom(42);
      for (const area of geography.geography.areas) {
        const level = randomLevel(random);
        if (level !== null)
          impact.set(area.code, { value: level, label: `${level} ${t(impactLabelKey(level))}` });
        const percent = Math.round(random() * 400) / 10;
        if (random() > 0.1) share.set(area.code, { value: percent, label: `${formatNumber(percent)} %` });
      }
    }
    return { impactValues: impact, shareValues: share };
  }, [geography, t]);

  const countyValues = useMemo(() => {
    const random = seededRandom(9);
    const counties = [
      '01',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '12',
      '13',
      '14',
      '17',
      '18',
      '19',
      '20',
      '21',
      '22',
      '23',
      '24',
      '25',
    ];
    return new Map<string, MapValue>(
      counties.map((code) => {
        const share = Math.round(60 + random() * 40);
        return [code, { value: share, label: `${share} %` }];
      }),
    );
  }, []);

  const selectedName =
    selected && geography.status === 'ready' ? geography.geography.byCode.get(selected)?.name : null;

  return (
    <>
      <h1>{t('designSystem.title')}</h1>
      <p className="lead">Komponenter, karta och diagram med påhittade data.</p>

      <h2>Knappar och etiketter</h2>
      <div className="button-group">
        <Button>Skicka rapport</Button>
        <Button variant="secondary">Spara utkast</Button>
        <Button variant="danger">Ta bort</Button>
        <Button size="small" variant="secondary">
          Liten
        </Button>
      </div>
      <p className="button-group">
        <Tag>Utkast</Tag>
        <Tag variant="info">Öppen</Tag>
        <Tag variant="success">Inskickad</Tag>
        <Tag variant="warning">Sen</Tag>
        <Tag variant="error">Saknas</Tag>
      </p>
      <p className="button-group">
        {impactLevels.map((level) => (
          <ImpactBadge key={level} level={level} />
        ))}
      </p>

      <h2>Meddelanden</h2>
      <Alert variant="info" title="Omgång v. 42 är öppen">
        <p>Sista dag att rapportera är onsdag 12.00.</p>
      </Alert>
      <Alert variant="success" title="Rapporten är inskickad" />
      <Alert variant="warning" title="Två kommuner har inte rapporterat" />
      <Alert variant="error" title="Det gick inte att spara">
        <p>Försök igen om en stund.</p>
      </Alert>

      <h2>Formulär</h2>
      <FormsDemo />

      <h2>Tabell</h2>
      <Table
        caption="Inskickade rapporter"
        rowKey={(row) => row.org}
        initialSort={{ key: 'org', direction: 'ascending' }}
        columns={[
          { key: 'org', header: 'Organisation', isRowHeader: true, sortValue: (row) => row.org },
          {
            key: 'level',
            header: 'Högsta påverkan',
            sortValue: (row) => row.level,
            render: (row) => <ImpactBadge level={row.level} />,
          },
          { key: 'staff', header: 'Personal i tjänst', align: 'end', sortValue: (row) => row.staff },
        ]}
        rows={demoRows}
      />
      <Pagination page={page} pageCount={12} onPageChange={setPage} />

      <h2>Flikar, dialog, laddning</h2>
      <Tabs
        label="Exempel"
        tabs={[
          {
            id: 'a',
            label: 'Sammanfattning',
            content: <p>Första fliken. Pilarna vänster/höger byter flik.</p>,
          },
          { id: 'b', label: 'Detaljer', content: <p>Andra fliken.</p> },
          { id: 'c', label: 'Historik', content: <p>Tredje fliken.</p> },
        ]}
      />
      <div className="button-group">
        <Button variant="secondary" onClick={() => setDialogOpen(true)}>
          Öppna dialog
        </Button>
        <Spinner label="Hämtar lägesbild …" />
      </div>
      <Progress label="Rapporterat" value={253} max={290} valueText="253 av 290" />
      <Dialog
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        title="Inget har ändrats?"
        actions={
          <>
            <Button onClick={() => setDialogOpen(false)}>Ja, skicka samma som förra veckan</Button>
            <Button variant="secondary" onClick={() => setDialogOpen(false)}>
              {t('actions.cancel')}
            </Button>
          </>
        }
      >
        <p>Rapporten skickas in med samma svar som i omgång v. 41.</p>
      </Dialog>

      <h2>Beskrivningslista och kort</h2>
      <DefinitionList
        items={[
          { term: 'Organisation', description: 'Göteborgs stad' },
          { term: 'Omgång', description: 'v. 42 (13–15 oktober)' },
          { term: 'Status', description: <Tag variant="success">Inskickad</Tag> },
        ]}
      />
      <div className="grid">
        <Card title="Lämna rapport" to="/rapporter">
          <p>Omgång v. 42 stänger onsdag 12.00.</p>
        </Card>
        <Card title="Lägesbild GR" to="/lagesbild">
          <p>12 av 13 har rapporterat.</p>
        </Card>
        <Card title="Utan länk">
          <p>Ett kort utan länk.</p>
        </Card>
      </div>

      <h2>Karta</h2>
      {selectedName ? <p role="status">Vald kommun: {selectedName}</p> : null}
      <MapWithTable
        title="Påverkan på äldreomsorgen, v. 42"
        legendTitle="Påverkansgrad"
        scale="impact"
        values={impactValues}
        onSelect={setSelected}
        highlightCodes={selected ? [selected] : []}
      />
      <MapWithTable
        title="Göteborgsregionen: påverkan, v. 42"
        legendTitle="Påverkansgrad"
        scale="impact"
        values={impactValues}
        fitTo={grCodes}
      />
      <MapWithTable
        title="Andel personal frånvarande"
        legendTitle="Frånvaro (%)"
        scale="sequential"
        values={shareValues}
        defaultView="map"
      />

      <MapWithTable
        title="Andel som rapporterat, per län"
        legendTitle="Rapporterat (%)"
        scale="sequential"
        level="lan"
        values={countyValues}
        domain={[60, 100]}
      />

      <h2>Diagram</h2>
      <TrendChart
        title="Genomsnittlig påverkan per område"
        description="Medelvärde av påverkansgraden 1–5 bland kommunerna som rapporterat, per vecka."
        data={trend()}
        impactScale
      />
      <ImpactDistributionChart
        title="Påverkan per verksamhetsområde, v. 42"
        description="Antal kommuner per påverkansgrad."
        data={distribution()}
      />
      <ImpactDistributionChart title="Samma, som andelar" data={distribution()} normalize />
    </>
  );
}
