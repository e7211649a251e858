import type { AttachmentMeta } from '../attachments/attachments.service';
import { summarize } from '../attachments/attachments.service';
import type { RecipientWithOrg } from './consultations.repository';

export type AnswerStatus = 'comments' | 'no_comments' | 'not_answered';

/** An addressed organisation's answer as the API shows it. */
export function answerView(row: RecipientWithOrg, files: ReadonlyMap<string, AttachmentMeta>) {
  const r = row.recipient;
  const file = r.answerAttachmentId ? files.get(r.answerAttachmentId) : undefined;
  return {
    orgId: r.orgId,
    orgName: row.orgName,
    orgCode: row.orgCode,
    status: (r.answerKind ?? 'not_answered') as AnswerStatus,
    text: r.answerText,
    attachment: file ? summarize(file) : null,
    answeredByName: r.answerKind ? row.answeredByName : null,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    version: r.version,
  };
}
export type AnswerView = ReturnType<typeof answerView>;

export function countAnswers(answers: readonly { status: AnswerStatus }[]) {
  return {
    comments: answers.filter((a) => a.status === 'comments').length,
    noComments: answers.filter((a) => a.status === 'no_comments').length,
    notAnswered: answers.filter((a) => a.status === 'not_answered').length,
  };
}
