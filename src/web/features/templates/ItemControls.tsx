import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useEditor } from './editor-context';

interface ItemControlsProps {
  uid: string;
  /** The item's label, read out with each button ("Flytta upp – Hemtjänst"). */
  name: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  removeLabel: string;
}

/**
 * Move up, move down and remove, as buttons (not drag and drop), so the order can be
 * changed by keyboard. Focus stays on the moved item's button and the new place is announced.
 */
export function ItemControls({ uid, name, index, count, onMove, onRemove, removeLabel }: ItemControlsProps) {
  const { t } = useTranslation('templates');
  const { focusAfterRender, announce } = useEditor();
  const moveBy = (delta: -1 | 1) => {
    const target = index + delta;
    onMove(delta);
    // At an end the pressed button becomes disabled; keep focus on its partner instead.
    const atEnd = delta === -1 ? target === 0 : target === count - 1;
    focusAfterRender(`${uid}-${atEnd ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down'}`);
    announce(t('editor.moved', { name, position: target + 1, count }));
  };
  return (
    <div className="editor-item__controls">
      <Button
        id={`${uid}-up`}
        size="small"
        variant="secondary"
        disabled={index === 0}
        onClick={() => moveBy(-1)}
      >
        {t('editor.moveUp')}
        <span className="visually-hidden"> – {name}</span>
      </Button>
      <Button
        id={`${uid}-down`}
        size="small"
        variant="secondary"
        disabled={index === count - 1}
        onClick={() => moveBy(1)}
      >
        {t('editor.moveDown')}
        <span className="visually-hidden"> – {name}</span>
      </Button>
      <Button id={`${uid}-remove`} size="small" variant="danger" onClick={onRemove}>
        {removeLabel}
        <span className="visually-hidden"> – {name}</span>
      </Button>
    </div>
  );
}
