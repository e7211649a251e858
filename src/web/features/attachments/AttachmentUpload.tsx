import './attachments.css';
import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Button } from '../../components/Button';
import {
  describedBy,
  FieldError,
  FieldHint,
  FieldLabel,
  fieldClass,
  useFieldIds,
} from '../../components/field-parts';
import { AttachmentLink } from './AttachmentLink';
import { type AttachmentSummary, acceptedFiles, formatBytes } from './attachment-format';
import { uploadWithProgress } from './upload-with-progress';

export interface AttachmentUploadProps {
  /** The network the file is shared in. */
  networkId: string;
  label: string;
  /** Defaults to the list of allowed types and the size limit. */
  hint?: string;
  /** The input's id, for an ErrorSummary link. */
  id?: string;
  /** 'private': only the own organisation and the network's coordinators see the file. */
  visibility?: 'network' | 'private';
  /** The uploaded attachment the form holds now (controlled). */
  value: AttachmentSummary | null;
  onChange: (attachment: AttachmentSummary | null) => void;
  /** An error of the surrounding form (e.g. "required"); upload errors are shown on their own. */
  error?: string | null;
  optional?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A native file input that uploads the chosen file at once, shows how much has been sent,
 * and then the stored file with a button to remove it again. The server's own message
 * (too large, type not allowed, empty) is shown on the field.
 */
export function AttachmentUpload({
  networkId,
  label,
  hint,
  id,
  visibility = 'network',
  value,
  onChange,
  error,
  optional,
  ref,
}: AttachmentUploadProps) {
  const { t } = useTranslation('attachments');
  const ids = useFieldIds(id);
  const [uploading, setUploading] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const shownError = uploadError ?? error ?? null;

  const upload = async (file: File | null, input: HTMLInputElement) => {
    if (!file) return;
    setUploadError(null);
    setAnnouncement('');
    setUploading(file);
    try {
      setSent(0);
      const stored = await uploadWithProgress<AttachmentSummary>(
        `/api/networks/${networkId}/attachments`,
        file,
        { visibility },
        setSent,
      );
      onChange(stored);
      setAnnouncement(t('upload.uploaded', { filename: stored.filename }));
    } catch (caught) {
      setUploadError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setUploading(null);
      // The same file may be chosen again after a failure or a removal.
      input.value = '';
    }
  };

  return (
    <div className={fieldClass(shownError, 'file-field attachment-upload')}>
      <FieldLabel htmlFor={ids.inputId} optional={optional}>
        {label}
      </FieldLabel>
      <FieldHint id={ids.hintId}>{hint ?? t('upload.hint')}</FieldHint>
      {shownError ? <FieldError id={ids.errorId}>{shownError}</FieldError> : null}
      {value ? (
        <p className="attachment-upload__chosen">
          {t('upload.chosen')} <AttachmentLink attachment={value} />{' '}
          <Button
            variant="secondary"
            size="small"
            onClick={() => {
              onChange(null);
              setAnnouncement(t('upload.removed'));
            }}
          >
            {t('upload.remove', { filename: value.filename })}
          </Button>
        </p>
      ) : null}
      <input
        ref={ref}
        id={ids.inputId}
        type="file"
        className="file-field__input"
        accept={acceptedFiles}
        disabled={uploading !== null}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(ids.hintId, shownError ? ids.errorId : null)}
        onChange={(event) => void upload(event.currentTarget.files?.[0] ?? null, event.currentTarget)}
      />
      {uploading ? (
        <div className="progress attachment-upload__progress">
          <span id={`${ids.inputId}-progress`}>
            {t('upload.uploading', {
              filename: uploading.name,
              size: formatBytes(uploading.size),
              percent: Math.round(sent * 100),
            })}
          </span>
          <progress
            className="progress__bar"
            aria-labelledby={`${ids.inputId}-progress`}
            max={100}
            value={Math.round(sent * 100)}
          />
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
