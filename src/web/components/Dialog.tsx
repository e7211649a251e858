import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface DialogProps {
  open: boolean;
  /** Called on Escape, the close button or the backdrop; set open to false in it. */
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  /** Buttons at the bottom, e.g. confirm and cancel. */
  actions?: ReactNode;
  /** Hide the × close button (then give a cancel action). */
  hideCloseButton?: boolean;
}

/**
 * A modal built on the native <dialog> (focus trap, Escape, inert background for free).
 * Focus returns to the element that had it when the dialog opened.
 */
export function Dialog({ open, onClose, title, children, actions, hideCloseButton = false }: DialogProps) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const titleId = `dialog-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const restore = () => {
      const target = returnFocus.current;
      if (target instanceof HTMLElement && target.isConnected) target.focus();
      returnFocus.current = null;
    };
    const cancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    dialog.addEventListener('close', restore);
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('close', restore);
      dialog.removeEventListener('cancel', cancel);
    };
  }, [onClose]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a backdrop click; the keyboard closes with Escape natively.
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClick={(event) => {
        // A click on the dialog element itself (not its content) is a click on the backdrop.
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="dialog__header">
        <h2 className="dialog__title" id={titleId}>
          {title}
        </h2>
        {hideCloseButton ? null : (
          <button type="button" className="button button--secondary button--small" onClick={onClose}>
            {t('actions.close')}
          </button>
        )}
      </div>
      <div className="dialog__body">{children}</div>
      {actions ? <div className="dialog__actions">{actions}</div> : null}
    </dialog>
  );
}
