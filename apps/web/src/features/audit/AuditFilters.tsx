import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AUDIT_OBJECT_NAMES, AUDIT_OBJECT_TYPES, auditLogArgs } from '@qcdc/audit/domain';
import { CALENDAR_YEARS, assertCalendarDate, parseInput } from '@qcdc/shared/contracts';
import { todayInVietnam } from '../../shared/clock';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { passes, refusalOf } from '../../shared/rules';
import { TextField } from '../../shared/ui/TextField';
import { auditVariablesOf, type AuditFilter } from './audit-address';
import { isObjectId } from './audit-values';
import type { AuditDirectory } from './directory';

interface Props {
  /** The filter in the address. */
  filter: AuditFilter;
  directory: AuditDirectory;
  /** Opens the first page of the log with this filter. */
  onApply: (filter: AuditFilter) => void;
  /** The log's bare address, when a filter is in use: "Xóa bộ lọc". */
  clearAddress?: string;
  /** The field of the address's filter that the server's rules refuse, shown in red. */
  refusedField?: string;
}

/** The first day the log can be asked about (the first of the years the service keeps). */
const FIRST_DAY = `${CALENDAR_YEARS.min}-01-01`;

/** A day a date picker can show; anything else (a hand-edited "2026-02-30") starts the picker blank. */
const pickable = (date: string) => (passes(() => assertCalendarDate(date)) ? date : '');

/**
 * By person, kind of object, object and days. Nothing is applied until "Lọc", so typing a date does not
 * open a page per keystroke; a value the server would refuse is refused here, before the address changes.
 */
export function AuditFilters({ filter, directory, onApply, clearAddress, refusedField }: Props) {
  const { t, say } = useLang();
  const [draft, setDraft] = useState({ ...filter, from: pickable(filter.from), to: pickable(filter.to) });
  const [problem, setProblem] = useState<{ text: string; field?: string } | null>(null);
  // The field in red: the one this form refused, else the address's refused one until something changes.
  const [flagged, setFlagged] = useState(refusedField);
  const invalid = (field: keyof AuditFilter) => (problem ? problem.field === field : flagged === field) || undefined;
  const today = todayInVietnam();

  const change = (patch: Partial<AuditFilter>) => {
    setDraft({ ...draft, ...patch });
    setProblem(null);
    setFlagged(undefined);
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    const objectId = draft.objectId.trim();
    if (objectId && !isObjectId(objectId)) {
      setProblem({ text: t('errAuditObjectId'), field: 'objectId' });
      return;
    }
    const refusal = refusalOf(() => parseInput(auditLogArgs, auditVariablesOf({ filter: draft, page: 1 })));
    if (refusal) {
      setProblem({ text: say(refusal.messages), field: refusal.field });
      return;
    }
    onApply(draft);
  }

  const knownType = (AUDIT_OBJECT_TYPES as readonly string[]).includes(draft.objectType);
  return (
    <form onSubmit={submit} noValidate data-testid="audit-filters">
      <div className="form-grid three">
        <label className="field">
          {t('auditPerson')}
          <select
            value={draft.userId}
            onChange={(e) => change({ userId: e.target.value })}
            aria-invalid={invalid('userId')}
            data-testid="audit-person"
          >
            <option value="">{t('auditEveryone')}</option>
            {directory.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName} ({p.username})
              </option>
            ))}
            {/* Someone the screen cannot name (a link from elsewhere): still the filter in use. */}
            {draft.userId && !directory.personOf(draft.userId) && (
              <option value={draft.userId}>{t('auditUnknownPerson', { id: draft.userId })}</option>
            )}
          </select>
        </label>
        <label className="field">
          {t('auditObjectType')}
          <select
            value={draft.objectType}
            onChange={(e) => change({ objectType: e.target.value })}
            aria-invalid={invalid('objectType')}
            data-testid="audit-object-type"
          >
            <option value="">{t('auditEveryObjectType')}</option>
            {AUDIT_OBJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {say(AUDIT_OBJECT_NAMES[type])}
              </option>
            ))}
            {draft.objectType && !knownType && <option value={draft.objectType}>{draft.objectType}</option>}
          </select>
        </label>
        <TextField
          label={t('auditObjectId')}
          value={draft.objectId}
          onChange={(objectId) => change({ objectId })}
          hint={t('auditObjectIdHint')}
          invalid={invalid('objectId')}
          autoComplete="off"
          spellCheck={false}
          testId="audit-object-id"
        />
        <label className="field">
          {t('auditFrom')}
          <input
            type="date"
            min={FIRST_DAY}
            max={today}
            value={draft.from}
            onChange={(e) => change({ from: e.target.value })}
            aria-invalid={invalid('from')}
            data-testid="audit-from"
          />
          {draft.from && <span className="hint">{t('dateChosen', { date: formatDate(draft.from) })}</span>}
        </label>
        <label className="field">
          {t('auditTo')}
          <input
            type="date"
            min={draft.from || FIRST_DAY}
            max={today}
            value={draft.to}
            onChange={(e) => change({ to: e.target.value })}
            aria-invalid={invalid('to')}
            data-testid="audit-to"
          />
          {draft.to && <span className="hint">{t('dateChosen', { date: formatDate(draft.to) })}</span>}
        </label>
        <p className="hint field-note">{t('auditDatesHint')}</p>
      </div>
      {problem && (
        <div className="message error" role="alert" data-testid="audit-filter-problem">
          {problem.text}
        </div>
      )}
      <div className="actions">
        <button type="submit" data-testid="audit-apply">
          {t('auditApply')}
        </button>
        {clearAddress && (
          <Link to={clearAddress} className="button-link secondary" data-testid="audit-clear">
            {t('auditClearFilters')}
          </Link>
        )}
      </div>
    </form>
  );
}
