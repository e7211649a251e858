import { useTranslation } from 'react-i18next';
import { type AttachmentSummary, attachmentUrl, formatBytes, typeLabel } from './attachment-format';

/** A download link to an attachment with its type and size, e.g. "remiss.pdf (PDF, 1,2 MB)". */
export function AttachmentLink({ attachment }: { attachment: AttachmentSummary }) {
  const { t } = useTranslation('attachments');
  return (
    <span className="attachment-link">
      <a href={attachmentUrl(attachment.id)} download={attachment.filename}>
        {attachment.filename}
      </a>{' '}
      <span className="attachment-link__details">
        (
        {t('link.details', {
          type: typeLabel(attachment.contentType, t),
          size: formatBytes(attachment.size),
        })}
        )
      </span>
    </span>
  );
}
