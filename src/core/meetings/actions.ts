export type ActionStatus = 'open' | 'done' | 'cancelled';
export type MinutesStatus = 'draft' | 'in_review' | 'published';

/** An open action whose due date (a Swedish calendar date) is before today. */
export function isOverdue(action: { status: ActionStatus; dueDate: string | null }, today: string): boolean {
  return action.status === 'open' && action.dueDate !== null && action.dueDate < today;
}

const transitions: Record<MinutesStatus, readonly MinutesStatus[]> = {
  draft: ['in_review', 'published'],
  in_review: ['draft', 'published'],
  // Published minutes change only by a correction, which keeps them published.
  published: [],
};

export function canMoveMinutes(from: MinutesStatus, to: MinutesStatus): boolean {
  return transitions[from].includes(to);
}
