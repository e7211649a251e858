import { Fragment, type ReactNode } from 'react';

export interface DefinitionItem {
  term: ReactNode;
  description: ReactNode;
  /** React key; defaults to the term when it is a string. */
  key?: string;
}

/** Key–value pairs ("Organisation: Göteborgs stad") as a <dl>. */
export function DefinitionList({ items, className }: { items: DefinitionItem[]; className?: string }) {
  return (
    <dl className={['definition-list', className ?? ''].filter(Boolean).join(' ')}>
      {items.map((item, index) => (
        <Fragment key={item.key ?? (typeof item.term === 'string' ? item.term : index)}>
          <dt>{item.term}</dt>
          <dd>{item.description}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
