import type { RefObject } from 'react';
import './file-chooser.css';

interface FileChooserProps {
  id: string;
  accept: string;
  /** The visible button. */
  label: string;
  /** Which files it takes. */
  help: string;
  /** The file chosen, or that none is. */
  chosen: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onChoose: (file: File | undefined) => void;
}

/**
 * A file to read: the native input does the work (keyboard, screen readers); the label is its
 * visible, Norwegian button, whatever language the browser's own file button speaks.
 */
export function FileChooser({ id, accept, label, help, chosen, inputRef, onChoose }: FileChooserProps) {
  return (
    <>
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept={accept}
        className="bo-visually-hidden bo-file-chooser__input"
        aria-describedby={`${id}-hjelp ${id}-valgt`}
        onChange={(e) => onChoose(e.target.files?.[0])}
      />
      <label htmlFor={id} className="pkt-btn pkt-btn--secondary pkt-btn--medium pkt-btn--label-only bo-file-chooser__button">
        <span className="pkt-btn__text">{label}</span>
      </label>
      <p id={`${id}-hjelp`} className="bo-help">
        {help}
      </p>
      <p id={`${id}-valgt`} className="bo-help">
        {chosen}
      </p>
    </>
  );
}
