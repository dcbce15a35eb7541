import type { Bilingual } from '@qcdc/shared/contracts';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, type AuditAction, type AuditObjectType } from '@qcdc/shared/events';

// What the audit log's screen needs from the vocabulary (libs/shared/events), in both languages. The web
// app reaches the vocabulary through here: this lib is browser-safe, and so is the vocabulary it re-exports.
export { AUDIT_OBJECT_TYPES, type AuditObjectType };

/** The objects the log names, as an official calls them. */
export const AUDIT_OBJECT_NAMES: Record<AuditObjectType, Bilingual> = {
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  'org-unit': { vi: 'Đơn vị, khối, ngành', en: 'Org unit' },
  'unit-type': { vi: 'Loại hình đơn vị', en: 'Unit type' },
  'unit-profile': { vi: 'Hồ sơ đơn vị', en: 'Unit profile' },
  user: { vi: 'Tài khoản người dùng', en: 'User account' },
  activity: { vi: 'Hoạt động', en: 'Activity' },
  'evidence-file': { vi: 'Tệp minh chứng', en: 'Evidence file' },
  rubric: { vi: 'Bộ tiêu chí chấm điểm', en: 'Rubric' },
  'self-assessment': { vi: 'Bảng tự chấm điểm', en: 'Self-assessment' },
  'reporting-period': { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  report: { vi: 'Báo cáo', en: 'Report' },
  'province-report': { vi: 'Báo cáo tổng hợp của tỉnh', en: 'Consolidated province report' },
};

const isAction = (action: string): action is AuditAction => Object.prototype.hasOwnProperty.call(AUDIT_ACTIONS, action);
const isObjectType = (type: string): type is AuditObjectType => (AUDIT_OBJECT_TYPES as readonly string[]).includes(type);

/** What an action did ("Thêm đơn vị" / "Added an org unit"); null for an action this build does not know yet. */
export function auditActionName(action: string): Bilingual | null {
  if (!isAction(action)) return null;
  const { vi, en } = AUDIT_ACTIONS[action];
  return { vi, en };
}

/** The name of a kind of object ("Kỳ báo cáo" / "Reporting period"); null for a kind this build does not know yet. */
export function auditObjectName(type: string): Bilingual | null {
  return isObjectType(type) ? AUDIT_OBJECT_NAMES[type] : null;
}
