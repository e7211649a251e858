import { PassThrough } from 'node:stream';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '../../db/schema/attachments';
import { auditLog } from '../../db/schema/audit';
import { ZipStream } from '../../platform/export/zip-stream';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
let t: TestApp;
let networkId = '';
const as: Record<
  'coordinator' | 'reporter' | 'colleague' | 'otherMember' | 'viewer' | 'outsider',
  TestClient
> = {} as never;

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0'),
  Buffer.alloc(64, 1),
]);
const exe = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]),
  Buffer.alloc(200),
]);

async function zip(files: [string, string][]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const z = new ZipStream(out, new Date('2026-11-01T10:00:00Z'));
  for (const [name, content] of files) z.addFile(name, content);
  await z.finish();
  out.end();
  return Buffer.concat(chunks);
}

function upload(client: TestClient, bytes: Uint8Array, filename: string, visibility?: 'network' | 'private') {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], filename));
  if (visibility) form.set('visibility', visibility);
  return client.raw(`/api/networks/${networkId}/attachments`, { method: 'POST', body: form });
}

async function stored() {
  const db = getDb().db;
  const files = (await db.select({ n: count() }).from(attachments))[0]?.n ?? 0;
  const audits = (
    await db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityType, 'attachment'))
  )[0]?.n;
  return { files, audits };
}

beforeAll(async () => {
  const db = getDb().db;
  t = createTestApp(getDb());
  const owner = await makeOrg(db, { kind: 'association', name: 'Bilageförbundet' });
  const member = await makeOrg(db, { name: 'Bilaga kommun' });
  const other = await makeOrg(db, { name: 'Annan kommun' });
  const outside = await makeOrg(db, { name: 'Utanför kommun' });
  networkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [member.id, other.id] })).id;
  const users = {
    coordinator: await makeUser(db, { orgId: owner.id, roles: ['coordinator'] }),
    reporter: await makeUser(db, { orgId: member.id, roles: ['reporter'] }),
    colleague: await makeUser(db, { orgId: member.id, roles: ['org_admin'] }),
    otherMember: await makeUser(db, { orgId: other.id, roles: ['reporter'] }),
    viewer: await makeUser(db, { orgId: member.id, roles: ['viewer'] }),
    outsider: await makeUser(db, { orgId: outside.id, roles: ['reporter'] }),
  };
  for (const [key, user] of Object.entries(users)) {
    as[key as keyof typeof as] = await t.signIn(user.email, TEST_PASSWORD);
  }
});

describe('uploading attachments', () => {
  it('stores each allowed type, recognised by name and content, and serves it back byte for byte', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1').addRow(['Kommun', 'Antal']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const docx = await zip([
      [
        '[Content_Types].xml',
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ],
      ['word/document.xml', '<w:document/>'],
    ]);
    const odt = await zip([
      ['mimetype', 'application/vnd.oasis.opendocument.text'],
      ['content.xml', '<office:document-content/>'],
    ]);
    const cases: [string, Uint8Array, string][] = [
      ['remiss.pdf', pdf, 'application/pdf'],
      ['Yttrande.DOCX', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['siffror.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['protokoll.odt', odt, 'application/vnd.oasis.opendocument.text'],
      ['karta.png', png, 'image/png'],
      ['foto.jpeg', jpeg, 'image/jpeg'],
      ['lista.csv', Buffer.from('Kommun;Antal\nMölndal;3\n'), 'text/csv; charset=utf-8'],
      ['excel.csv', Buffer.from('Kommun;Antal\r\nMölndal;3\r\n', 'latin1'), 'text/csv; charset=windows-1252'],
      ['anteckning.txt', Buffer.from('Hej\tdär\n'), 'text/plain; charset=utf-8'],
    ];
    for (const [filename, bytes, contentType] of cases) {
      const res = await upload(as.reporter, bytes, filename);
      expect(res.status, filename).toBe(201);
      const body = (await res.json()) as { id: string; filename: string; contentType: string; size: number };
      expect(body).toMatchObject({ filename, contentType, size: bytes.byteLength });
      const back = await as.otherMember.raw(`/api/attachments/${body.id}`, {});
      expect(back.status).toBe(200);
      expect(back.headers.get('content-type')).toBe(contentType);
      expect(back.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await back.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('refuses a wrong, disguised, empty or oversized file with a translated error and stores nothing', async () => {
    const before = await stored();
    const cases: [string, Uint8Array, number, string][] = [
      ['program.exe', exe, 415, 'attachment_type_not_allowed'],
      ['remiss.pdf', exe, 415, 'attachment_type_not_allowed'],
      ['remiss.pdf', png, 415, 'attachment_type_not_allowed'],
      ['bild.png', Buffer.from('inte en bild'), 415, 'attachment_type_not_allowed'],
      ['lista.csv', exe, 415, 'attachment_type_not_allowed'],
      ['lista.csv', pdf, 415, 'attachment_type_not_allowed'],
      ['arkiv.zip', await zip([['a.txt', 'a']]), 415, 'attachment_type_not_allowed'],
      ['utan-andelse', pdf, 415, 'attachment_type_not_allowed'],
      ['tom.pdf', new Uint8Array(), 422, 'attachment_empty'],
    ];
    for (const [filename, bytes, status, code] of cases) {
      const res = await upload(as.reporter, bytes, filename);
      expect(res.status, filename).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message).toContain('Inget har sparats');
    }
    const english = await as.reporter.raw(`/api/networks/${networkId}/attachments`, {
      method: 'POST',
      headers: { 'accept-language': 'en' },
      body: (() => {
        const form = new FormData();
        form.set('file', new File([new Uint8Array(exe)], 'remiss.pdf'));
        return form;
      })(),
    });
    expect(((await english.json()) as { error: { message: string } }).error.message).toContain('not allowed');
    expect(await stored()).toEqual(before);
  });

  it('takes files larger than the global body limit up to 25 MB, and refuses one byte more', async () => {
    const before = await stored();
    const big = Buffer.concat([pdf, Buffer.alloc(6 * 1024 * 1024 - pdf.length, 0x20)]);
    const res = await upload(as.reporter, big, 'stor.pdf');
    expect(res.status).toBe(201);
    const limit = 25 * 1024 * 1024;
    const over = Buffer.concat([pdf, Buffer.alloc(limit + 1 - pdf.length, 0x20)]);
    const tooLarge = await upload(as.reporter, over, 'for-stor.pdf');
    expect(tooLarge.status).toBe(413);
    const body = (await tooLarge.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: 'attachment_too_large' });
    expect(body.error.message).toContain('25 MB');
    // Far beyond the limit the body is cut off while it streams in.
    const huge = await upload(as.reporter, Buffer.concat([over, Buffer.alloc(1024 * 1024)]), 'enorm.pdf');
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBe('attachment_too_large');
    expect((await stored()).files).toBe(before.files + 1);
    // Every other route keeps the global limit.
    const json = await as.reporter.post('/api/auth/logout', { padding: 'x'.repeat(6 * 1024 * 1024) });
    expect(json.status).toBe(413);
    expect((json.body as { error: { code: string } }).error.code).toBe('payload_too_large');
    // Some 80 MB pass through multipart parsing: give a loaded machine time.
  }, 120_000);

  it('names the download with RFC 6266/5987 encoding so å, ä, ö and brackets survive', async () => {
    const filename = 'Remiss – åäö (slutlig) 50%.pdf';
    const res = await upload(as.reporter, pdf, `C:\\fakepath\\${filename}`);
    const { id, filename: storedName } = (await res.json()) as { id: string; filename: string };
    expect(storedName).toBe(filename);
    const back = await as.reporter.raw(`/api/attachments/${id}`, {});
    expect(back.headers.get('content-disposition')).toBe(
      `attachment; filename="Remiss _ ___ (slutlig) 50_.pdf"; filename*=UTF-8''Remiss%20%E2%80%93%20%C3%A5%C3%A4%C3%B6%20%28slutlig%29%2050%25.pdf`,
    );
  });
});

describe('who may upload and read', () => {
  it('keeps non-members and anonymous callers out and lets viewers only read', async () => {
    const before = await stored();
    expect((await upload(as.outsider, pdf, 'a.pdf')).status).toBe(404);
    expect((await upload(as.viewer, pdf, 'a.pdf')).status).toBe(403);
    expect((await upload(t.anonymous(), pdf, 'a.pdf')).status).toBe(401);
    expect(await stored()).toEqual(before);

    const { id } = (await (await upload(as.coordinator, pdf, 'delad.pdf')).json()) as { id: string };
    expect((await as.viewer.raw(`/api/attachments/${id}`, {})).status).toBe(200);
    expect((await as.outsider.raw(`/api/attachments/${id}`, {})).status).toBe(404);
    expect((await t.anonymous().raw(`/api/attachments/${id}`, {})).status).toBe(401);
    expect((await as.reporter.raw('/api/attachments/00000000-0000-4000-8000-000000000000', {})).status).toBe(
      404,
    );
  });

  it('shows a private file only to its organisation and the coordinators', async () => {
    const res = await upload(as.reporter, pdf, 'yttrande.pdf', 'private');
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await as.reporter.raw(`/api/attachments/${id}`, {})).status).toBe(200);
    expect((await as.colleague.raw(`/api/attachments/${id}`, {})).status).toBe(200);
    expect((await as.coordinator.raw(`/api/attachments/${id}`, {})).status).toBe(200);
    expect((await as.otherMember.raw(`/api/attachments/${id}`, {})).status).toBe(404);
    expect((await as.outsider.raw(`/api/attachments/${id}`, {})).status).toBe(404);
  });

  it('audits each upload with its checksum, not its bytes', async () => {
    const res = await upload(as.reporter, pdf, 'granskad.pdf');
    const { id } = (await res.json()) as { id: string };
    const rows = await getDb().db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.action).toBe('attachment.create');
    expect(rows[0]?.after).toMatchObject({ filename: 'granskad.pdf', sizeBytes: pdf.length });
    expect(JSON.stringify(rows[0]?.after)).toMatch(/"sha256":"[0-9a-f]{64}"/);
    expect(JSON.stringify(rows[0]?.after)).not.toContain('"data"');
  });
});
