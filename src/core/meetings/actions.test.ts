import { describe, expect, it } from 'vitest';
import { canMoveMinutes, isOverdue } from './actions';

describe('isOverdue', () => {
  it('flags open actions due before today only', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-03-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: null }, '2026-03-02')).toBe(false);
  });
});

describe('canMoveMinutes', () => {
  it('goes draft → review → published and never back from published', () => {
    expect(canMoveMinutes('draft', 'in_review')).toBe(true);
    expect(canMoveMinutes('in_review', 'published')).toBe(true);
    expect(canMoveMinutes('in_review', 'draft')).toBe(true);
    expect(canMoveMinutes('published', 'draft')).toBe(false);
    expect(canMoveMinutes('published', 'in_review')).toBe(false);
  });
});
