import { and, eq, inArray } from 'drizzle-orm';
import { deadlineInstant, stockholmDate } from '../../core/consultations/deadline';
import { users } from '../db/schema/accounts';
import { networkMembers, networks, organisations } from '../db/schema/registry';
import { createAttachment } from '../modules/attachments/attachments.service';
import { insertConsultation, saveAnswer } from '../modules/consultations/consultations.repository';
import { indexSearchDocument } from '../modules/search/search-index';
import { writeAudit } from '../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../platform/context';
import { pdfHeading, renderPdf } from '../platform/export/pdf-document';
import { DEMO_DOMAIN } from './accounts';

const DAY = 86_400_000;

interface DemoAnswer {
  by: string;
  kind: 'comments' | 'no_comments';
  text?: string;
  daysAfterSent: number;
}

interface DemoConsultation {
  title: string;
  description: string;
  sections: [string, string][];
  sentDaysAgo: number;
  /** Days from today to the deadline date; negative = closed. */
  deadlineInDays: number;
  answers: DemoAnswer[];
}

// Synthetic consultations of the kind GR sends its member municipalities; no real document.
const demoConsultations: DemoConsultation[] = [
  {
    title: 'Regional handlingsplan för mottagande av skyddsbehövande 2027',
    description:
      'GR:s förslag till gemensam handlingsplan för mottagandet 2027. Vi vill särskilt ha synpunkter på fördelningen av evakueringsplatser och på samverkan med Migrationsverket vid stora anvisningar.',
    sections: [
      ['Bakgrund', 'Kommunerna i regionen tar under 2027 emot fler skyddsbehövande än under tidigare år.'],
      [
        'Förslag',
        'En gemensam reserv av evakueringsplatser och ett veckovis avstämningsmöte med Migrationsverket.',
      ],
      [
        'Frågor till remissinstanserna',
        'Är fördelningen av platser rimlig? Vilka resurser behöver kommunen?',
      ],
    ],
    sentDaysAgo: 4,
    deadlineInDays: 10,
    answers: [
      { by: 'rapportor.molndal', kind: 'no_comments', daysAfterSent: 1 },
      {
        by: 'rapportor.kungsbacka',
        kind: 'comments',
        text: 'Kungsbacka tillstyrker förslaget. Vi vill att reserven av evakueringsplatser fördelas efter befolkning och att kommuner i Hallands län får samma information som övriga.',
        daysAfterSent: 2,
      },
    ],
  },
  {
    title: 'Snabbremiss: gemensamma riktlinjer för evakueringsplatser',
    description:
      'Kort remiss om gemensamma riktlinjer för hur länge ett hushåll kan bo på en evakueringsplats.',
    sections: [
      [
        'Förslag',
        'Ett hushåll bor högst åtta veckor på en evakueringsplats innan kommunen erbjuder ett mer varaktigt boende.',
      ],
    ],
    sentDaysAgo: 30,
    deadlineInDays: -20,
    answers: [
      {
        by: 'rapportor.goteborg',
        kind: 'comments',
        text: 'Göteborg ser att åtta veckor är svårt att klara för stora familjer och föreslår tolv veckor med möjlighet till undantag.',
        daysAfterSent: 5,
      },
      { by: 'rapportor.molndal', kind: 'no_comments', daysAfterSent: 3 },
      { by: 'rapportor.kungsbacka', kind: 'no_comments', daysAfterSent: 8 },
    ],
  },
];

function documentPdf(c: DemoConsultation): Promise<Buffer> {
  return renderPdf(
    [
      { text: `Remiss: ${c.title}`, style: 'title' },
      { text: 'Göteborgsregionen (GR) · Exempeldokument i Samlas demodata', style: 'subtitle' },
      { text: c.description },
      ...c.sections.flatMap(([heading, text]) => [pdfHeading(heading), { text }]),
    ],
    { title: `Remiss: ${c.title}`, pageLabel: 'Sida {page} av {pages}' },
  );
}

/**
 * Demo consultations in GR Mottagande och integration: one open, sent to every member
 * municipality with two answers so far, and one closed with answers and silences. The
 * documents are small PDFs made with the export builder.
 */
export async function seedDemoConsultations(ctx: Ctx): Promise<{ consultations: number }> {
  const network = (
    await ctx.db.select().from(networks).where(eq(networks.slug, 'gr-mottagande')).limit(1)
  )[0];
  if (!network) return { consultations: 0 };
  const municipalities = (
    await ctx.db
      .select({ orgId: networkMembers.orgId })
      .from(networkMembers)
      .innerJoin(organisations, eq(organisations.id, networkMembers.orgId))
      .where(and(eq(networkMembers.networkId, network.id), eq(organisations.kind, 'municipality')))
  ).map((m) => m.orgId);
  const locals = ['samordnare.gr', 'rapportor.goteborg', 'rapportor.molndal', 'rapportor.kungsbacka'];
  const people = await ctx.db
    .select({ id: users.id, orgId: users.orgId, email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        locals.map((l) => `${l}@${DEMO_DOMAIN}`),
      ),
    );
  const person = (local: string) => people.find((p) => p.email === `${local}@${DEMO_DOMAIN}`);
  const coordinator = person('samordnare.gr');
  if (!coordinator || municipalities.length === 0) return { consultations: 0 };
  const now = nowOf(ctx);
  const documents = await Promise.all(demoConsultations.map(documentPdf));

  return inTransaction(ctx, async (tx) => {
    let count = 0;
    for (const [i, c] of demoConsultations.entries()) {
      const bytes = documents[i];
      if (!bytes) continue;
      const sentAt = new Date(now.getTime() - c.sentDaysAgo * DAY);
      const deadlineDate = stockholmDate(new Date(now.getTime() + c.deadlineInDays * DAY));
      const file = await createAttachment(tx.db, tx, {
        networkId: network.id,
        orgId: network.ownerOrgId,
        filename: `Remiss – ${c.title}.pdf`,
        bytes: new Uint8Array(bytes),
      });
      const row = await insertConsultation(
        tx.db,
        {
          networkId: network.id,
          title: c.title,
          description: c.description,
          attachmentId: file.id,
          deadlineDate,
          deadlineAt: deadlineInstant(deadlineDate),
          createdBy: coordinator.id,
          sentAt,
          updatedAt: sentAt,
        },
        municipalities,
      );
      await writeAudit(tx, {
        action: 'consultation.send',
        entityType: 'consultation',
        entityId: row.id,
        after: row,
      });
      await indexSearchDocument(tx.db, {
        kind: 'consultation',
        entityId: row.id,
        networkId: network.id,
        title: row.title,
        body: row.description,
        occurredAt: sentAt,
        url: `/remisser/${row.id}`,
      });
      for (const a of c.answers) {
        const who = person(a.by);
        if (!who || !municipalities.includes(who.orgId)) continue;
        await saveAnswer(
          tx.db,
          { consultationId: row.id, orgId: who.orgId, expectedVersion: 0 },
          {
            answerKind: a.kind,
            answerText: a.text ?? '',
            answerAttachmentId: null,
            answeredBy: who.id,
            answeredAt: new Date(sentAt.getTime() + a.daysAfterSent * DAY),
          },
        );
      }
      count++;
    }
    return { consultations: count };
  });
}
