import type { ReactNode } from 'react';

export interface DetailsProps {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  className?: string;
}

/** Native disclosure (<details>/<summary>), e.g. "Visa som tabell". */
export function Details({ summary, children, open, className }: DetailsProps) {
  return (
    <details className={['details', className ?? ''].filter(Boolean).join(' ')} open={open}>
      <summary>{summary}</summary>
      <div className="details__body">{children}</div>
    </details>
  );
}
