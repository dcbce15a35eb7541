/** What a render job renders: a unit's report, or the province's consolidated report. */
export const RENDER_SUBJECTS = ['UNIT_REPORT', 'PROVINCE_REPORT'] as const;
export type RenderSubject = (typeof RENDER_SUBJECTS)[number];
/** Where a render job is: waiting for the worker, being rendered, done (its files kept), or failed (with the reason). */
export const RENDER_JOB_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type RenderJobStatus = (typeof RENDER_JOB_STATUSES)[number];
/** The files a render job keeps. */
export const REPORT_FILE_MEDIA = ['DOCX', 'PDF'] as const;
export type ReportFileMedia = (typeof REPORT_FILE_MEDIA)[number];
