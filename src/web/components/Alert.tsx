import type { ReactNode } from 'react';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  variant?: AlertVariant;
  title?: ReactNode;
  children?: ReactNode;
  /** Heading level of the title; defaults to h2. */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/**
 * A message box. Warnings and errors use role="alert" (read at once), info and success
 * role="status" (read politely). Insert it when the event happens for it to be announced.
 */
export function Alert({ variant = 'info', title, children, headingLevel = 2, className }: AlertProps) {
  const Heading = `h${headingLevel}` as const;
  const role = variant === 'error' || variant === 'warning' ? 'alert' : 'status';
  return (
    <div className={['alert', `alert--${variant}`, className ?? ''].filter(Boolean).join(' ')} role={role}>
      {title ? <Heading className="alert__title">{title}</Heading> : null}
      {children}
    </div>
  );
}
