import { SMTPServer } from 'smtp-server';

/** A message as the test SMTP peer received it, decoded enough to assert on. */
export interface ReceivedMail {
  envelopeTo: string[];
  from: string;
  to: string;
  subject: string;
  text: string;
}

function qpBytes(input: string, underscoreIsSpace: boolean): Buffer {
  const bytes: number[] = [];
  const s = input.replace(/=\r?\n/g, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const hex = s.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (ch === '_' && underscoreIsSpace) {
      bytes.push(0x20);
    } else {
      bytes.push(...Buffer.from(ch ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words; adjacent words are joined before decoding so split characters survive. */
function decodeHeader(value: string): string {
  const words = /=\?utf-8\?([bq])\?([^?]*)\?=/gi;
  const parts: Buffer[] = [];
  let rest = value.trim();
  if (!words.test(rest)) return rest;
  words.lastIndex = 0;
  rest = rest.replace(/\?=\s+=\?/g, '?==?');
  let last = 0;
  for (const m of rest.matchAll(words)) {
    parts.push(Buffer.from(rest.slice(last, m.index), 'utf8'));
    const [, enc, data = ''] = m;
    parts.push(enc?.toLowerCase() === 'b' ? Buffer.from(data, 'base64') : qpBytes(data, true));
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(Buffer.from(rest.slice(last), 'utf8'));
  return Buffer.concat(parts).toString('utf8');
}

function parseMessage(raw: string, envelopeTo: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? qpBytes(body, false).toString('utf8')
        : body;
  return {
    envelopeTo,
    from: decodeHeader(headers.get('from') ?? ''),
    to: decodeHeader(headers.get('to') ?? ''),
    subject: decodeHeader(headers.get('subject') ?? ''),
    text: text.replace(/\r\n/g, '\n').trimEnd(),
  };
}

/** A real SMTP server on a random local port, without TLS or authentication, for tests. */
export async function startSmtpPeer() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
        received.push(parseMessage(Buffer.concat(chunks).toString('utf8'), envelopeTo));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('SMTP peer has no port');
  return {
    received,
    url: `smtp://127.0.0.1:${address.port}?ignoreTLS=true`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
