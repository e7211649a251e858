/**
 * Filing of situation reports. One use case per file; this is the module's surface for
 * routes and for other modules (the import and the API-token filing reuse submitReport).
 */
export { type ReportSummary, type RoundSummary } from './filing-context';
export { type ReportForm, getReportForm } from './report-form.service';
export { type SaveDraftInput, saveDraft } from './report-draft.service';
export {
  confirmUnchanged,
  type SubmitReportInput,
  type SubmitReportResult,
  submitReport,
} from './report-submit.service';
export { type ReportHistory, getReportHistory } from './report-history.service';
export { listTodo, type ReportTodo } from './report-todo.service';
export { type ReportValueRow, reportValueRows } from './report-values';
