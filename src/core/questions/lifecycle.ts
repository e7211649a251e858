export type QuestionStatus = 'new' | 'assigned' | 'answered';
export type QuestionAction = 'assign' | 'answer' | 'tag';

/**
 * new → assigned → answered. A question may be (re)assigned until it is answered, and
 * answered straight from new by whoever handles the addressed organisation's questions.
 * Tags belong to published Q&A only. Returns the status after the action, or null when
 * the action is not possible in `current`.
 */
export function statusAfter(current: QuestionStatus, action: QuestionAction): QuestionStatus | null {
  if (action === 'tag') return current === 'answered' ? 'answered' : null;
  if (current === 'answered') return null;
  return action === 'assign' ? 'assigned' : 'answered';
}
