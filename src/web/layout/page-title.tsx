import { createContext, useContext, useEffect } from 'react';

/** Lets a page replace its route's title; provided by RoutePage. */
export const PageTitleContext = createContext<(title: string | null) => void>(() => {});

/**
 * Sets document.title to "<title> – Samla" while the page is shown, for titles that depend on
 * data ("Lägesbild v. 12 – GR"). Pass null until the data is there to keep the route's title.
 */
export function usePageTitle(title: string | null): void {
  const setTitle = useContext(PageTitleContext);
  useEffect(() => {
    setTitle(title);
    return () => setTitle(null);
  }, [title, setTitle]);
}
