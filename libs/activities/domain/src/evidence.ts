import { z } from 'zod';
import { attachmentDisposition, badInput, cleanText, conflict, field } from '@qcdc/shared/contracts';
import { type ActivityPeriod, PERIOD_NAMES, windowText } from './periods';

/**
 * Evidence files on an activity (minutes, photos, scans): which kinds of file are taken, what a stored name
 * looks like, and how a download names the file. The service finds a file's type from its content, never
 * from its name or the browser's word.
 */

/** The kinds of file taken, by the type found in the content; the name gets the first extension if it has none of them. */
export const EVIDENCE_FILE_KINDS = [
  { label: 'PDF', contentType: 'application/pdf', extensions: ['pdf'] },
  { label: 'JPEG', contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { label: 'PNG', contentType: 'image/png', extensions: ['png'] },
  { label: 'DOCX', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  { label: 'XLSX', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  { label: 'ODT', contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
] as const;

export const EVIDENCE_CONTENT_TYPES = EVIDENCE_FILE_KINDS.map((k) => k.contentType);
export type EvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];

/** The longest file name kept (UTF-16 code units, extension included), and a removal's reason. */
export const EVIDENCE_LIMITS = { fileName: 200, reason: 500, activityIdsPerList: 200 } as const;

const ALLOWED_LABELS = EVIDENCE_FILE_KINDS.map((k) => k.label).join(', ');

/** The kind of a file whose content was found to be `detected` (a MIME type, or undefined when nothing was recognised). */
export function evidenceKindOf(detected: string | undefined): (typeof EVIDENCE_FILE_KINDS)[number] {
  const kind = EVIDENCE_FILE_KINDS.find((k) => k.contentType === detected);
  if (!kind) {
    throw badInput(
      `Loại tệp này không được nhận. Hãy gửi tệp ${ALLOWED_LABELS} (ảnh chụp hoặc bản quét biên bản).`,
      `This kind of file is not accepted. Send a ${ALLOWED_LABELS} file (a photo or a scan of the minutes).`,
      { field: 'file', reason: 'FILE_TYPE_NOT_ALLOWED', allowed: EVIDENCE_FILE_KINDS.map((k) => k.label) },
    );
  }
  return kind;
}

/** The refusal of a file over the size limit. */
export const evidenceTooLarge = (maxBytes: number) => {
  const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return badInput(
    `Tệp quá lớn (tối đa ${mb} MB). Hãy quét với độ phân giải thấp hơn hoặc chia thành nhiều tệp.`,
    `The file is too large (at most ${mb} MB). Scan it at a lower resolution or split it into several files.`,
    { field: 'file', reason: 'FILE_TOO_LARGE', maxBytes },
  );
};

// Characters no file name needs: controls, bidirectional overrides, and what file systems reserve.
/* eslint-disable-next-line no-control-regex -- removing control characters is the point */
const UNWANTED = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF<>:"/\\|?*]/g;

/**
 * A file name as the person gave it, fit for display and for a download: only its last path segment, without
 * control or reserved characters, white space collapsed, no leading dots, at most EVIDENCE_LIMITS.fileName
 * long (the extension kept), and ending in an extension of its kind. Blank becomes "minh-chung".
 */
export function evidenceFileName(given: string, kind: (typeof EVIDENCE_FILE_KINDS)[number]): string {
  const lastSegment = given.split(/[/\\]/).pop() ?? '';
  const name = cleanText(lastSegment.replace(UNWANTED, ' ').replace(/\s+/g, ' ')).replace(/^[.\s]+/, '');
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const known = (kind.extensions as readonly string[]).includes(ext);
  const suffix = `.${known ? ext : kind.extensions[0]}`;
  const base = (known ? name.slice(0, dot) : name).trim() || 'minh-chung';
  return `${Array.from(base).slice(0, EVIDENCE_LIMITS.fileName - suffix.length).join('').trim()}${suffix}`;
}

/** `Content-Disposition` of an evidence download (RFC 5987/6266, see attachmentDisposition). */
export const evidenceDisposition = attachmentDisposition;

const activityId = field.id({ vi: 'hoạt động', en: 'activity' });

/** evidenceFiles(activityIds) */
export const evidenceFilesArgs = z.object({
  activityIds: field.list({ vi: 'danh sách hoạt động', en: 'the list of activities' }, activityId, { max: EVIDENCE_LIMITS.activityIdsPerList }),
});

const evidenceFileId = field.id({ vi: 'tệp minh chứng', en: 'evidence file' });

/** GET /evidence/<id> */
export const evidenceDownloadArgs = z.object({ id: evidenceFileId });

/** removeEvidenceFile(input) */
export const removeEvidenceFileInput = z.object({
  id: evidenceFileId,
  reason: field.text({ vi: 'lý do gỡ tệp', en: 'the reason for removing the file' }, { max: EVIDENCE_LIMITS.reason, multiline: true }),
});
export type RemoveEvidenceFile = z.output<typeof removeEvidenceFileInput>;

/** The activity of an upload (the multipart field `activityId`), checked like any id. */
export const evidenceUploadFields = z.object({ activityId });

/** The refusal of a change to the evidence of an activity that a frozen (submitted) report holds. */
export function evidenceReportFrozen(period: ActivityPeriod) {
  const name = PERIOD_NAMES[period.kind];
  const window = windowText(period);
  return conflict(
    `Báo cáo kỳ ${name.vi} năm ${period.year} (số liệu ${window}) đã nộp; không thể thêm hay gỡ tệp minh chứng của hoạt động trong kỳ đến khi báo cáo được trả lại.`,
    `The ${name.en} report of ${period.year} (data ${window}) has been submitted; evidence of its activities cannot be added or removed until the report is returned.`,
    { reason: 'REPORT_FROZEN' },
  );
}

/** The refusal of a change to the evidence of a deleted activity. */
export const evidenceActivityDeleted = () =>
  conflict(
    'Hoạt động này đã bị xóa; không thể thêm hay gỡ tệp minh chứng. Hãy tải lại danh sách hoạt động.',
    'This activity has been deleted; its evidence cannot be changed. Reload the list of activities.',
    { reason: 'DELETED' },
  );
