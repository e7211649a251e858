import { createContext, useContext } from 'react';

export interface EditorEvents {
  /** Moves focus to the element with this id after the next render. */
  focusAfterRender: (id: string) => void;
  /** Reads a short message out in the editor's live region. */
  announce: (message: string) => void;
  /** Translated field error for a definition path (without `definition.`), if any. */
  errorFor: (path: string) => string | undefined;
  /** Keys taken by other questions of a kind, for keys that follow labels. */
  takenKeys: (kind: 'area' | 'figure' | 'text', exceptUid: string) => Set<string>;
}

export const EditorContext = createContext<EditorEvents>({
  focusAfterRender: () => {},
  announce: () => {},
  errorFor: () => undefined,
  takenKeys: () => new Set(),
});

export function useEditor(): EditorEvents {
  return useContext(EditorContext);
}
