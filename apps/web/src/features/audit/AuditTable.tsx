import { Link } from 'react-router';
import { auditActionName, auditObjectName } from '@qcdc/audit/domain';
import type { AuditLogQuery } from '../../gql/graphql';
import { formatDate, formatDayTime, formatNumber } from '../../shared/format';
import { knownKey, useLang, type Key } from '../../shared/i18n';
import { TableBox } from '../../shared/ui/TableBox';
import type { AuditFilter, AuditView } from './audit-address';
import { auditValueOf, isObjectId, shortId, type AuditValue } from './audit-values';
import type { AuditDirectory } from './directory';

type Entry = AuditLogQuery['auditLog']['entries'][number];
type Change = Entry['changes'][number];

interface Props {
  entries: Entry[];
  directory: AuditDirectory;
  /** The filter in use: a person or an object in the table narrows it further. */
  filter: AuditFilter;
  hrefOf: (view: AuditView) => string;
}

/** The catalogue key of a coded value, by the field that holds it: a status, a kind, a role, a band. */
function valueKey(objectType: string, field: string, code: string): Key | null {
  if (field === 'role') return knownKey('role', code);
  if (field === 'band') return knownKey('band', code);
  if (field === 'kind' && objectType === 'org-unit') return knownKey('orgKind', code);
  if (field === 'kind' && objectType === 'reporting-period') return knownKey('periodKind', code);
  if (field === 'status' && objectType === 'province') return knownKey('provinceStatus', code);
  if (field === 'status' && objectType === 'reporting-period') return knownKey('periodStatus', code);
  if (field === 'status' && objectType === 'report') return knownKey('reportStatus', code);
  return null;
}

/** How many changed fields a row shows before "Xem thêm": a creation can carry forty. */
const CHANGES_SHOWN = 6;

/** A creation's field that was created empty says nothing ("ghi chú: (để trống)" forty times). */
const saysSomething = (c: Change) => !(c.before === null && (c.after === null || c.after === 'null'));

/** One entry per row, newest first: when, who, under which role, what, on which object, and what changed. */
export function AuditTable({ entries, directory, filter, hrefOf }: Props) {
  const { t, say, lang } = useLang();

  // "scores.<criterion id>.points" -> "Điểm theo tiêu chí › 3f2a9c1d… › điểm". A kind is a unit's level,
  // or a period's kind.
  const fieldLabel = (objectType: string, field: string) =>
    field
      .split('.')
      .map((segment) => {
        if (segment === 'kind' && objectType === 'org-unit') return t('colLevel');
        if (segment === 'kind' && objectType === 'reporting-period') return t('periodKind');
        const key = knownKey('auditField', segment);
        return key ? t(key) : shortId(segment);
      })
      .join(' › ');

  function valueText(value: AuditValue, objectType: string, field: string): string {
    switch (value.kind) {
      case 'absent':
      case 'empty':
        return t('auditEmptyValue');
      case 'text': {
        const last = field.split('.').pop() ?? field;
        // A unit's type by its name in the province's catalogue.
        if (last === 'unitType') return directory.unitTypeName(value.text) ?? value.text;
        const key = valueKey(objectType, last, value.text);
        if (key) return t(key);
        return isObjectId(value.text) ? (directory.nameOf(value.text) ?? shortId(value.text)) : value.text;
      }
      case 'date':
        return formatDate(value.date);
      case 'instant':
        return formatDayTime(value.iso);
      case 'number':
        // A year or a count reads best as it is ("2026", not "2.026").
        return Number.isInteger(value.value) ? String(value.value) : formatNumber(value.value, lang);
      case 'yes-no':
        return t(value.value ? 'auditYes' : 'auditNo');
      case 'other':
        return value.text;
    }
  }

  function changeLine(change: Change, objectType: string) {
    const before = auditValueOf(change.before);
    const after = auditValueOf(change.after);
    return (
      <li key={change.field} data-testid="audit-change" data-field={change.field}>
        <span className="audit-field">{fieldLabel(objectType, change.field)}:</span>{' '}
        {before.kind !== 'absent' && (
          <>
            <span className="audit-before">{valueText(before, objectType, change.field)}</span>
            <span className="audit-arrow" aria-hidden="true">
              {' → '}
            </span>
          </>
        )}
        <span className="audit-after" title={after.kind === 'text' && isObjectId(after.text) ? after.text : undefined}>
          {valueText(after, objectType, change.field)}
        </span>
      </li>
    );
  }

  return (
    <TableBox label={t('auditTitle')}>
      <table className="table audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th>{t('auditColTime')}</th>
            <th>{t('auditColWho')}</th>
            <th>{t('auditColRole')}</th>
            <th>{t('auditColAction')}</th>
            <th>{t('auditColObject')}</th>
            <th>{t('auditColChanges')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const person = directory.personOf(e.actor.userId);
            const role = e.actor.role && knownKey('role', e.actor.role);
            const unit = e.actor.orgUnitId && (directory.unitName(e.actor.orgUnitId) ?? shortId(e.actor.orgUnitId));
            const action = auditActionName(e.action);
            const objectType = auditObjectName(e.objectType);
            const objectName = directory.objectName(e.objectType, e.objectId);
            const changes = e.changes.filter(saysSomething);
            return (
              <tr key={e.id} data-testid="audit-row" data-action={e.action} data-object-id={e.objectId}>
                <td className="nowrap card-title" data-testid="audit-time">
                  {formatDayTime(e.occurredAt)}
                </td>
                <td data-label={t('auditColWho')} data-testid="audit-who">
                  <Link
                    to={hrefOf({ filter: { ...filter, userId: e.actor.userId }, page: 1 })}
                    title={t('auditOnlyPerson')}
                    className="audit-link"
                  >
                    {person ? person.displayName : e.actor.userId}
                  </Link>
                  {person && <div className="hint">{person.username}</div>}
                </td>
                <td data-label={t('auditColRole')} data-testid="audit-role">
                  {e.actor.role ? (role ? t(role) : e.actor.role) : <span className="hint">{t('auditNoRole')}</span>}
                  {unit && <div className="hint">{unit}</div>}
                </td>
                <td data-label={t('auditColAction')} data-testid="audit-action">
                  <strong>{action ? say(action) : e.action}</strong>
                </td>
                <td data-label={t('auditColObject')} data-testid="audit-object">
                  <div className="hint">{objectType ? say(objectType) : e.objectType}</div>
                  <Link
                    to={hrefOf({ filter: { ...filter, objectType: e.objectType, objectId: e.objectId }, page: 1 })}
                    title={t('auditOnlyObject')}
                    className="audit-link"
                  >
                    {objectName ?? shortId(e.objectId)}
                  </Link>
                  {/* The whole id, to copy into the filter or a message to the support team. */}
                  <div className="audit-id">{e.objectId}</div>
                </td>
                <td data-label={t('auditColChanges')} data-testid="audit-changes">
                  {changes.length ? (
                    <ul className="audit-changes">{changes.slice(0, CHANGES_SHOWN).map((c) => changeLine(c, e.objectType))}</ul>
                  ) : (
                    <span className="hint">{t('auditNoChanges')}</span>
                  )}
                  {changes.length > CHANGES_SHOWN && (
                    <details className="audit-more">
                      <summary data-testid="audit-more-changes">
                        {t('auditMoreChanges', { count: changes.length - CHANGES_SHOWN })}
                      </summary>
                      <ul className="audit-changes">{changes.slice(CHANGES_SHOWN).map((c) => changeLine(c, e.objectType))}</ul>
                    </details>
                  )}
                  {e.requestId && (
                    <div className="audit-id" data-testid="audit-request">
                      {t('auditRequestId', { id: e.requestId })}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableBox>
  );
}
