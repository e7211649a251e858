export { AttachmentLink } from './AttachmentLink';
export { AttachmentUpload, type AttachmentUploadProps } from './AttachmentUpload';
export type { AttachmentSummary } from './attachment-format';
export { attachmentUrl, formatBytes } from './attachment-format';
