import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';

export type UploadMode = 'dry_run' | 'commit';

/**
 * The check-then-store flow of a CSV/XLSX upload: submitting the form checks the file
 * (nothing stored) and lists its errors by row and column; a clean check may then be
 * committed. A refused upload shows the server's message and its row errors.
 */
export function useDryRunUpload<R extends { errors: E[] }, E = R['errors'][number]>(options: {
  upload: (file: File, mode: UploadMode) => Promise<R>;
  /** Shown on the file field when the form is sent without a file. */
  fileRequired: string;
  /** After a commit: the message to show, or null when nothing was stored (the check stays). */
  onCommitted: (result: R) => string | null;
}) {
  const { t } = useTranslation('common');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [checked, setChecked] = useState<R | null>(null);
  const [errors, setErrors] = useState<E[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const send = async (mode: UploadMode) => {
    if (!file) {
      setFileError(options.fileRequired);
      return;
    }
    setFileError(null);
    setMessage(null);
    try {
      const result = await options.upload(file, mode);
      setErrors(result.errors);
      if (mode === 'dry_run') setChecked(result);
      else {
        const done = options.onCommitted(result);
        if (done !== null) {
          setChecked(null);
          setMessage(done);
        }
      }
    } catch (caught) {
      setChecked(null);
      if (caught instanceof ApiError) {
        setMessage(caught.message);
        const listed = caught.details.errors;
        setErrors(Array.isArray(listed) ? (listed as E[]) : []);
      } else setMessage(t('common:errors.unexpected'));
    }
  };

  return {
    fileError,
    checked,
    errors,
    message,
    send,
    selectFile: (next: File | null) => {
      setFile(next);
      setChecked(null);
      setErrors([]);
    },
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void send('dry_run');
    },
  };
}
