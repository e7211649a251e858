import { and, arrayContains, arrayOverlaps, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/accounts';
import { questionDocument, questions } from '../../db/schema/questions';
import { networkMembers, networks, organisations } from '../../db/schema/registry';
import { type DbOrTx, queryRows } from '../../platform/db';

export type QuestionRow = typeof questions.$inferSelect;

export interface QuestionView extends QuestionRow {
  askerOrgName: string;
  addressedOrgName: string;
  askerName: string;
  assigneeName: string | null;
  answeredByName: string | null;
  ownerOrgId: string;
}

const askerOrg = alias(organisations, 'asker_org');
const addressedOrg = alias(organisations, 'addressed_org');
const asker = alias(users, 'asker');
const assignee = alias(users, 'assignee');
const answerer = alias(users, 'answerer');

function selectViews(db: DbOrTx) {
  return db
    .select({
      q: questions,
      askerOrgName: askerOrg.name,
      addressedOrgName: addressedOrg.name,
      askerName: asker.name,
      assigneeName: assignee.name,
      answeredByName: answerer.name,
      ownerOrgId: networks.ownerOrgId,
    })
    .from(questions)
    .innerJoin(networks, eq(networks.id, questions.networkId))
    .innerJoin(askerOrg, eq(askerOrg.id, questions.askerOrgId))
    .innerJoin(addressedOrg, eq(addressedOrg.id, questions.addressedOrgId))
    .innerJoin(asker, eq(asker.id, questions.askedBy))
    .leftJoin(assignee, eq(assignee.id, questions.assigneeId))
    .leftJoin(answerer, eq(answerer.id, questions.answeredBy));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof selectViews>['where']>>[number];

function toView(r: ViewRow): QuestionView {
  return {
    ...r.q,
    askerOrgName: r.askerOrgName,
    addressedOrgName: r.addressedOrgName,
    askerName: r.askerName,
    assigneeName: r.assigneeName,
    answeredByName: r.answeredByName,
    ownerOrgId: r.ownerOrgId,
  };
}

export async function findQuestion(db: DbOrTx, id: string): Promise<QuestionView | null> {
  const rows = await selectViews(db).where(eq(questions.id, id)).limit(1);
  return rows[0] ? toView(rows[0]) : null;
}

/** Locks the question row for the rest of the transaction (optimistic check, then write). */
export async function lockQuestion(db: DbOrTx, id: string): Promise<QuestionRow | null> {
  const rows = await db.select().from(questions).where(eq(questions.id, id)).for('update').limit(1);
  return rows[0] ?? null;
}

export async function insertQuestion(
  db: DbOrTx,
  values: typeof questions.$inferInsert,
): Promise<QuestionRow> {
  const row = (await db.insert(questions).values(values).returning())[0];
  if (!row) throw new Error('question not inserted');
  return row;
}

export async function updateQuestion(
  db: DbOrTx,
  id: string,
  set: Partial<typeof questions.$inferInsert> & { version: number; updatedAt: Date },
): Promise<void> {
  await db.update(questions).set(set).where(eq(questions.id, id));
}

export interface ListFilter {
  networkId: string;
  scope: 'published' | 'mine' | 'inbox';
  /** The actor's organisation (asker for 'mine', addressee for 'inbox'). */
  orgId: string | null;
  /** Coordinators' inbox holds every question of the network. */
  wholeNetwork: boolean;
  tag?: string | undefined;
  limit: number;
}

export async function listQuestions(db: DbOrTx, f: ListFilter): Promise<QuestionView[]> {
  const where: SQL[] = [eq(questions.networkId, f.networkId)];
  if (f.scope === 'published') where.push(eq(questions.status, 'answered'));
  if (f.scope === 'mine') where.push(eq(questions.askerOrgId, f.orgId ?? ''));
  if (f.scope === 'inbox' && !f.wholeNetwork) where.push(eq(questions.addressedOrgId, f.orgId ?? ''));
  if (f.tag) where.push(arrayContains(questions.tags, [f.tag]));
  const order =
    f.scope === 'published'
      ? [desc(questions.answeredAt)]
      : // Open questions first (new before assigned), newest first within each.
        [
          asc(sql`case ${questions.status} when 'new' then 0 when 'assigned' then 1 else 2 end`),
          desc(questions.createdAt),
        ];
  const rows = await selectViews(db)
    .where(and(...where))
    .orderBy(...order)
    .limit(f.limit);
  return rows.map(toView);
}

/** The network's member agencies and its owner (questions "to the coordinator"). */
export async function listAddressees(db: DbOrTx, networkId: string) {
  const network = (await db.select().from(networks).where(eq(networks.id, networkId)).limit(1))[0];
  if (!network) return [];
  const rows = await db
    .select({ orgId: organisations.id, name: organisations.name })
    .from(organisations)
    .leftJoin(
      networkMembers,
      and(eq(networkMembers.orgId, organisations.id), eq(networkMembers.networkId, networkId)),
    )
    .where(
      or(
        eq(organisations.id, network.ownerOrgId),
        and(eq(organisations.kind, 'agency'), sql`${networkMembers.orgId} is not null`),
      ),
    )
    .orderBy(asc(organisations.name));
  return rows.map((r) => ({ ...r, toCoordinator: r.orgId === network.ownerOrgId }));
}

export interface MailUser {
  id: string;
  email: string;
  name: string;
  locale: 'sv' | 'en';
}

const mailUser = { id: users.id, email: users.email, name: users.name, locale: users.locale };

/** Active people of an organisation who may be assigned its questions. */
export async function listOrgPeople(db: DbOrTx, orgId: string): Promise<MailUser[]> {
  return db
    .select(mailUser)
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.isActive, true)))
    .orderBy(asc(users.name));
}

/** Who hears of a new question: the addressed organisation's agency liaisons and coordinators. */
export async function listQuestionHandlers(db: DbOrTx, orgId: string): Promise<MailUser[]> {
  return db
    .select(mailUser)
    .from(users)
    .where(
      and(
        eq(users.orgId, orgId),
        eq(users.isActive, true),
        arrayOverlaps(users.roles, ['agency_liaison', 'coordinator']),
      ),
    );
}

export async function findActiveUsers(db: DbOrTx, ids: string[]): Promise<MailUser[]> {
  if (ids.length === 0) return [];
  return db
    .select(mailUser)
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.isActive, true)));
}

export async function findUserOrg(db: DbOrTx, userId: string) {
  const rows = await db
    .select({ orgId: users.orgId, isActive: users.isActive })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return rows[0] ?? null;
}

export interface SimilarRow {
  id: string;
  title: string;
  answer: string | null;
  tags: string[];
  answered_at: Date | string;
}

/**
 * Published Q&A of the network most like what is being typed: Swedish stems (prefix
 * matches, any word) ranked with the title's trigram similarity, which also catches
 * misspellings and words the Swedish stemmer does not know.
 */
export async function findSimilar(
  db: DbOrTx,
  networkId: string,
  text: string,
  tsquery: string,
  limit: number,
): Promise<SimilarRow[]> {
  // Written so both partial indexes apply: the tsvector expression and `title % text` (trigrams).
  const query = sql`to_tsquery('swedish', ${tsquery})`;
  return queryRows<SimilarRow>(
    db,
    sql`select id, title, answer, tags, answered_at
      from questions
      where network_id = ${networkId} and status = 'answered'
        and (${questionDocument} @@ ${query} or title % ${text})
      order by ts_rank(${questionDocument}, ${query}) + similarity(title, ${text}) desc, answered_at desc
      limit ${limit}`,
  );
}
