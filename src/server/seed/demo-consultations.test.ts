import { beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '../db/schema/attachments';
import { consultationRecipients, consultations } from '../db/schema/consultations';
import { searchDocuments } from '../db/schema/search';
import type { Ctx } from '../platform/context';
import { readPdf } from '../platform/export/pdf-inspect';
import { useTestDatabase } from '../testing/test-db';
import { seedDemoAccounts } from './accounts';
import { seedDemoConsultations } from './demo-consultations';
import { seedRegistry } from './registry';
import { readGrMemberCodes } from './registry-data';

const getDb = useTestDatabase();
const NOW = new Date('2026-03-19T14:00:00Z');
const ctx = (): Ctx => ({ db: getDb().db, actor: { kind: 'system' }, now: () => NOW });
let result: { consultations: number };

beforeAll(async () => {
  await seedRegistry(ctx());
  await seedDemoAccounts(ctx(), readGrMemberCodes());
  result = await seedDemoConsultations(ctx());
}, 120_000);

describe('demo consultations', () => {
  it('seeds one open and one closed consultation to GR’s 13 municipalities, with a few answers', async () => {
    expect(result).toEqual({ consultations: 2 });
    const rows = await getDb().db.select().from(consultations);
    expect(rows.filter((c) => c.deadlineAt > NOW)).toHaveLength(1);
    expect(rows.filter((c) => c.deadlineAt <= NOW)).toHaveLength(1);
    const recipients = await getDb().db.select().from(consultationRecipients);
    expect(recipients).toHaveLength(26);
    expect(recipients.filter((r) => r.answerKind === 'no_comments')).toHaveLength(3);
    expect(recipients.filter((r) => r.answerKind === 'comments')).toHaveLength(2);
    const docs = await getDb().db.select().from(searchDocuments);
    expect(docs.filter((d) => d.kind === 'consultation')).toHaveLength(2);
  });

  it('attaches a real, readable PDF as each document', async () => {
    const files = await getDb().db.select().from(attachments);
    expect(files).toHaveLength(2);
    for (const f of files) {
      expect(f.contentType).toBe('application/pdf');
      expect(readPdf(f.data).text).toContain('Remiss:');
    }
  });
});
