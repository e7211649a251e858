import { useEffect, useRef } from 'react';

/**
 * When a page swaps its content in place (form → confirmation), moves focus to the new
 * heading so screen readers announce it. Not on first render: navigation handles that.
 * Give the heading tabIndex={-1}.
 */
export function useFocusHeading(state: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the state changes.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [state]);
  return ref;
}
