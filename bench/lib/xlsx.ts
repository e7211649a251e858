/**
 * The streamed XLSX of every answer of the template over all generated weeks, downloaded in
 * full. It is the first request after the server starts and signs in, so the server's peak
 * resident memory (VmHWM) at the end is what the export adds to an idle server.
 */
import type { BenchIds } from './dataset';
import type { Session } from './http';
import type { ServerHandle } from './server';

export type XlsxResult = XlsxMeasured | { error: string };

export interface XlsxMeasured {
  status: number;
  contentType: string;
  seconds: number;
  bytes: number;
  /** Peak RSS of the largest server process over its life (start, sign-in and the export). */
  peakRssMb: number;
  /** Peak RSS before the export was requested. */
  idleRssMb: number;
}

const ROUTE = '/api/networks/{networkId}/export/answers.xlsx';

export async function measureXlsx(input: {
  server: ServerHandle;
  session: Session;
  ids: BenchIds;
  log: (line: string) => void;
}): Promise<XlsxResult | null> {
  const { server, session, ids, log } = input;
  const spec = await session.get('/api/openapi.json');
  const paths = (JSON.parse(spec.body.toString('utf8')) as { paths?: Record<string, unknown> }).paths ?? {};
  if (!(ROUTE in paths)) {
    log('  XLSX export route not in the API yet: not measured');
    return null;
  }
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
  if (res.status !== 200) return { error: `HTTP ${res.status}` };
  return result;
}
