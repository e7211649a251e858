/**
 * Filing of situation reports. One use case per file; this is the module's surface for
 * routes and for other modules (the import and the API-token filing reuse submitReport).
 */
export type { ReportSummary, RoundSummary } from './filing-context';
export { discardRevision } from './report-discard.service';
export { type SaveDraftInput, saveDraft } from './report-draft.service';
export { getReportForm, type ReportForm } from './report-form.service';
export { getReportHistory, type ReportHistory } from './report-history.service';
export { submitImportedReports } from './report-import.service';
export {
  confirmUnchanged,
  type SubmitReportInput,
  type SubmitReportResult,
  submitReport,
} from './report-submit.service';
export { listTodo, type ReportTodo } from './report-todo.service';
