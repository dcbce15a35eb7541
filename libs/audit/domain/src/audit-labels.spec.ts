import { AUDIT_ACTION_NAMES, AUDIT_OBJECT_TYPES } from '@qcdc/shared/events';
import { auditActionName, auditObjectName } from './audit-labels';

describe('the audit log in words', () => {
  it('names every action and every kind of object in both languages', () => {
    const names = [...AUDIT_ACTION_NAMES.map(auditActionName), ...AUDIT_OBJECT_TYPES.map(auditObjectName)];
    expect(names.filter((n) => !n?.vi.trim() || !n.en.trim())).toEqual([]);
  });

  it.each([
    ['org-unit.create', { vi: 'Thêm đơn vị', en: 'Added an org unit' }],
    ['province.suspend', { vi: 'Tạm ngừng tỉnh', en: 'Suspended a province' }],
    ['province.rename', null],
    ['toString', null],
  ])('action %s -> %j', (action, name) => {
    expect(auditActionName(action)).toEqual(name);
  });

  it.each([
    ['reporting-period', { vi: 'Kỳ báo cáo', en: 'Reporting period' }],
    ['password', null],
    ['constructor', null],
  ])('object %s -> %j', (type, name) => {
    expect(auditObjectName(type)).toEqual(name);
  });
});
