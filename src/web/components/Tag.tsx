import type { ReactNode } from 'react';

export type TagVariant = 'neutral' | 'info' | 'success' | 'warning' | 'error';

export interface TagProps {
  variant?: TagVariant;
  children: ReactNode;
  className?: string;
}

/** A short status label ("Inskickad", "Försenad"). The text must carry the meaning; colour only supports it. */
export function Tag({ variant = 'neutral', children, className }: TagProps) {
  return (
    <strong className={['tag', `tag--${variant}`, className ?? ''].filter(Boolean).join(' ')}>
      {children}
    </strong>
  );
}

/** Alias of Tag for counts and statuses. */
export const Badge = Tag;
