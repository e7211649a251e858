import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/format';

/** What the server answers for an uploaded file (POST /api/networks/:id/attachments). */
export interface AttachmentSummary {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

const typeKeys: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'text/plain': 'text',
  'text/csv': 'csv',
};

/** "PDF", "Excel" … for a stored content type (parameters such as charset ignored). */
export function typeLabel(contentType: string, t: TFunction): string {
  const base = contentType.split(';')[0]?.trim() ?? '';
  return t(`attachments:types.${typeKeys[base] ?? 'other'}`);
}

/** "840 B", "12 kB", "3,4 MB" in the interface's number format. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} kB`;
  return `${formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`;
}

/** The extensions the server accepts, for the file input's `accept`. */
export const acceptedFiles = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.txt,.csv,.png,.jpg,.jpeg';

export function attachmentUrl(id: string): string {
  return `/api/attachments/${encodeURIComponent(id)}`;
}
