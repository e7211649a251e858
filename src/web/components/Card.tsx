import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface CardProps {
  title?: ReactNode;
  /** Makes the whole card a link (through the title). */
  to?: string;
  headingLevel?: 2 | 3 | 4;
  children?: ReactNode;
  className?: string;
}

export function Card({ title, to, headingLevel = 2, children, className }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={['card', to ? 'card--link' : '', className ?? ''].filter(Boolean).join(' ')}>
      {title ? <Heading className="card__title">{to ? <Link to={to}>{title}</Link> : title}</Heading> : null}
      {children}
    </section>
  );
}
