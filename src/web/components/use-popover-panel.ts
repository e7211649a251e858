import { useEffect, useId, useRef, useState } from 'react';

/**
 * State of a header panel opened by a button: Escape closes it and returns focus to the
 * button, a pointer press outside closes it. `panelId` is stable and safe as an element id.
 */
export function usePopoverPanel(prefix: string) {
  const [open, setOpen] = useState(false);
  const panelId = `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return { open, setOpen, panelId, buttonRef, rootRef };
}
