/**
 * The streamed XLSX of every answer of the template over all generated weeks, downloaded in
 * full from a freshly started server, so the server's peak resident memory (VmHWM) is what
 * the export adds to an idle server and nothing else.
 */
import type { Dataset } from '../generate';
import { BENCH_PASSWORD, COORDINATORS } from '../generate';
import type { BenchIds } from './dataset';
import { HttpClient, Session } from './http';
import { startServer } from './server';

export type XlsxResult = XlsxMeasured | { error: string };

export interface XlsxMeasured {
  status: number;
  contentType: string;
  seconds: number;
  bytes: number;
  /** Peak RSS of the server process over its life (idle start + the export). */
  peakRssMb: number;
  /** Peak RSS before the export was requested. */
  idleRssMb: number;
}

const ROUTE = '/api/networks/{networkId}/export/answers.xlsx';

export async function measureXlsx(input: {
  dataset: Dataset;
  ids: BenchIds;
  log: (line: string) => void;
}): Promise<XlsxResult | null> {
  const { dataset, ids, log } = input;
  const server = await startServer({
    ...(dataset.databaseUrl ? { databaseUrl: dataset.databaseUrl } : {}),
    ...(dataset.dataDir ? { dataDir: dataset.dataDir } : {}),
    workers: 1,
    log,
  });
  const client = new HttpClient(server.url, 2);
  try {
    const spec = await client.request('/api/openapi.json');
    const paths = (JSON.parse(spec.body.toString('utf8')) as { paths?: Record<string, unknown> }).paths ?? {};
    if (!(ROUTE in paths)) {
      log('  XLSX export route not in the API yet: not measured');
      return null;
    }
    const coordinator = COORDINATORS[dataset.networkSlug as keyof typeof COORDINATORS];
    const session = await Session.signIn(client, coordinator.email, BENCH_PASSWORD);
    const idleRssMb = server.peakRssMb();
    const res = await session.get(
      `/api/networks/${ids.networkId}/export/answers.xlsx?templateId=${ids.templateId}`,
      {
        discardBody: true,
        headers: { accept: '*/*' },
      },
    );
    const result: XlsxMeasured = {
      status: res.status,
      contentType: String(res.headers['content-type'] ?? ''),
      seconds: res.ms / 1000,
      bytes: res.bytes,
      peakRssMb: server.peakRssMb(),
      idleRssMb,
    };
    log(
      `  XLSX ${result.status} ${(result.bytes / 1048576).toFixed(1)} MB in ${result.seconds.toFixed(1)} s, peak RSS ${result.peakRssMb} MB (idle ${idleRssMb} MB)`,
    );
    return result;
  } finally {
    client.close();
    await server.stop();
  }
}
