import { useState, type FormEvent } from 'react';
import { ACTIVITY_KIND_REGISTRY, assertNotInFuture, type ActivityKind } from '@qcdc/activities/domain';
import type { Bilingual } from '@qcdc/shared/contracts';
import { ActivityLogDocument, CorrectActivityDocument, EvidenceFilesDocument, type ActivityFieldsFragment } from '../../gql/graphql';
import type { ApiError } from '../../shared/api/errors';
import { useGraphMutation } from '../../shared/api/query';
import { todayInVietnam } from '../../shared/clock';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { useSendEntry } from '../../shared/offline/outbox';
import type { ReportingPeriod } from '../../shared/periods/period';
import { refusalOf } from '../../shared/rules';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { useDraft } from '../../shared/useDraft';
import { factErrors, formField, pastedFacts, type FieldErrors } from './check-facts';
import { FactInput } from './FactInputs';
import { KIND_FIELDS, draftOf, emptyFacts, factsOf, headlineOf, takesAttendance, type FactsDraft } from './kind-fields';

/** What the official has typed for one activity, as typed. */
export interface ActivityDraft {
  occurredOn: string;
  paste: string;
  facts: FactsDraft;
}

/** The latest day an activity of this period can have taken place: today, or the window's last day if it is over. */
export const latestDay = (period: ReportingPeriod) => {
  const today = todayInVietnam();
  return period.windowEnd < today ? period.windowEnd : today;
};

/** Why the date cannot be saved, or null: given, not in the future, inside the period's window. */
function dateProblem(occurredOn: string, period: ReportingPeriod): Bilingual | null {
  if (!occurredOn) return { vi: 'Vui lòng chọn ngày diễn ra hoạt động.', en: 'Choose the day the activity took place.' };
  const future = refusalOf(() => assertNotInFuture(occurredOn, todayInVietnam()));
  if (future) return future.messages;
  if (occurredOn < period.windowStart || occurredOn > period.windowEnd) {
    const [start, end] = [formatDate(period.windowStart), formatDate(period.windowEnd)];
    return {
      vi: `Ngày ${formatDate(occurredOn)} nằm ngoài kỳ báo cáo này (số liệu từ ${start} đến ${end}). Vui lòng chọn ngày trong kỳ, hoặc chọn kỳ khác.`,
      en: `${formatDate(occurredOn)} is outside this period (data from ${start} to ${end}). Choose a day inside it, or another period.`,
    };
  }
  return null;
}

export function draftErrors(kind: ActivityKind, d: ActivityDraft, period: ReportingPeriod): FieldErrors {
  const errors = factErrors(kind, d.facts, d.occurredOn);
  const date = dateProblem(d.occurredOn, period);
  return date ? { ...errors, occurredOn: date } : errors;
}

interface Props {
  unitId: string;
  period: ReportingPeriod;
  kind: ActivityKind;
  /** Correcting this activity (prefilled from its facts); recording a new one without it. */
  activity?: ActivityFieldsFragment;
  onDone?: () => void;
}

/**
 * One activity's quick-entry form, laid out for its kind: its date (limited to the period's window), the
 * paste box for a report's attendance line where the kind counts heads, and its facts, each checked as it is
 * typed with the same rules the server applies (the refusal under the field). Kept as a draft per unit and
 * kind (per activity and version when correcting) until saved.
 */
export function ActivityForm({ unitId, period, kind, activity, onDone }: Props) {
  const { t, say } = useLang();
  const blank = (): ActivityDraft =>
    activity
      ? { occurredOn: activity.occurredOn, paste: '', facts: draftOf(kind, activity.facts, period.year) }
      : { occurredOn: latestDay(period), paste: '', facts: emptyFacts(kind, period.year) };
  const draftKey = activity ? `activity-correction.${activity.id}.${activity.version}` : `activity.${unitId}.${kind}`;
  const draft = useDraft<ActivityDraft>(draftKey, blank);
  const d = draft.value;
  // Refusals show under a field once it was touched, and under every field once saving was tried.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [savedOn, setSavedOn] = useState<string>();
  const record = useSendEntry();
  const correct = useGraphMutation(CorrectActivityDocument, {
    invalidates: [ActivityLogDocument, EvidenceFilesDocument],
    onSuccess: async () => {
      await draft.clear(blank());
      onDone?.();
    },
  });
  const refusal: ApiError | undefined = activity ? (correct.error ?? undefined) : record.refusal;
  const refusedField = formField(refusal?.field);

  const errors = draftErrors(kind, d, period);
  const shown = (name: string): Bilingual | undefined =>
    (tried || touched.has(name)) && errors[name] ? errors[name] : refusedField === name && refusal ? { vi: refusal.message, en: refusal.messageEn } : undefined;

  const change = (patch: Partial<ActivityDraft>, names: string[]) => {
    record.reset();
    correct.reset();
    setSavedOn(undefined);
    setTouched(new Set([...touched, ...names]));
    draft.update({ ...d, ...patch });
  };
  const changeFacts = (patch: FactsDraft) => change({ facts: { ...d.facts, ...patch } }, Object.keys(patch));
  const pasted = d.paste.trim() ? pastedFacts(kind, d.paste) : undefined;
  const changePaste = (paste: string) => {
    const patch = pastedFacts(kind, paste);
    change(patch ? { paste, facts: { ...d.facts, ...patch } } : { paste }, patch ? Object.keys(patch) : []);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (Object.keys(errors).length > 0) return;
    const facts = factsOf(kind, d.facts);
    if (activity) {
      correct.mutate({ input: { id: activity.id, expectedVersion: activity.version, occurredOn: d.occurredOn, facts } });
      return;
    }
    const name = ACTIVITY_KIND_REGISTRY[kind].name;
    const headline = headlineOf(facts);
    const variables = { input: { unitId, kind, occurredOn: d.occurredOn, facts } };
    const outcome = await record.submit(
      {
        operation: 'RecordActivity',
        variables,
        idempotencyKey: await draft.keyFor(variables),
        summary: {
          vi: `${name.vi} ngày ${formatDate(d.occurredOn)}${headline ? `: ${headline}` : ''}`,
          en: `${name.en} of ${formatDate(d.occurredOn)}${headline ? `: ${headline}` : ''}`,
        },
      },
      draft.forgetKey,
    );
    // Recorded, or safe in the outbox: either way the form is free for the next one.
    if (outcome) {
      setSavedOn(d.occurredOn);
      setTried(false);
      setTouched(new Set());
      await draft.clear(blank());
    }
  }

  if (!draft.ready) return <p className="hint">{t('loading')}</p>;
  const closed = period.status !== 'OPEN';
  const busy = activity ? correct.isPending : record.busy;

  return (
    <form className="activity-form no-print" onSubmit={(e) => void submit(e)} data-testid={activity ? 'correction-form' : 'activity-form'} data-kind={kind} noValidate>
      {closed && (
        <div className="message warning" data-testid="period-closed">
          {t('periodClosedNoRecords', { start: formatDate(period.windowStart), end: formatDate(period.windowEnd) })}
        </div>
      )}
      <div className="form-grid">
        <label className="field half">
          {t('activityDate')}
          <input
            type="date"
            value={d.occurredOn}
            min={period.windowStart}
            max={latestDay(period)}
            disabled={closed}
            onChange={(e) => change({ occurredOn: e.target.value }, ['occurredOn'])}
            aria-invalid={shown('occurredOn') ? true : undefined}
            data-testid="activity-date"
          />
          {/* The picker follows the browser's language (an English Chrome shows month first): say it plainly. */}
          {d.occurredOn && <span className="hint">{t('dateChosen', { date: formatDate(d.occurredOn) })}</span>}
          <span className="hint">{t('dateWithin', { start: formatDate(period.windowStart), end: formatDate(latestDay(period)) })}</span>
          {shown('occurredOn') && (
            <span className="hint bad" role="alert" data-testid="error-occurredOn">
              {say(shown('occurredOn') as Bilingual)}
            </span>
          )}
        </label>
        {takesAttendance(kind) && (
          <label className="field half">
            {t('pasteAttendance')}
            <input value={d.paste} placeholder="15/16 đ/c dự" disabled={closed} onChange={(e) => changePaste(e.target.value)} data-testid="activity-paste" />
            <span className="hint">{t('pasteAttendanceHint')}</span>
            {pasted && (
              <span className="message success" data-testid="paste-result">
                {t('pasteFilled', { present: pasted['present'] as string, eligible: pasted['eligible'] as string })}
              </span>
            )}
            {pasted === null && <span className="message warning">{t('pasteNotFound')}</span>}
          </label>
        )}
        {KIND_FIELDS[kind].map((field) => (
          <FactInput key={field.name} field={field} draft={d.facts} error={shown(field.name)} disabled={closed} onChange={changeFacts} />
        ))}
      </div>
      {tried && Object.keys(errors).length > 0 && (
        <div className="message error" role="alert" data-testid="activity-problem">
          {t('fixFieldsFirst', { count: Object.keys(errors).length })}
        </div>
      )}
      <FormOutcome
        problemTestId="activity-problem"
        error={refusal && !(refusedField && fieldNames(kind).has(refusedField)) ? refusal : undefined}
        success={!activity && record.outcome?.sent && savedOn ? t('activitySaved', { date: formatDate(savedOn) }) : undefined}
        successTestId="activity-saved"
        waiting={record.outcome?.sent === false ? record.outcome.reason : undefined}
      />
      <div className="actions">
        <SubmitButton
          busy={busy}
          disabled={closed}
          label={t(activity ? 'saveCorrection' : 'recordActivity')}
          busyLabel={t('recording')}
          testId={activity ? 'save-correction' : 'record-activity'}
        />
        {onDone && (
          <button type="button" className="secondary" onClick={onDone} disabled={busy}>
            {t('cancel')}
          </button>
        )}
        {draft.hasDraft && (
          <>
            <span className="hint" data-testid="draft-kept" data-stored={draft.stored}>
              {t(draft.stored ? 'draftKept' : 'draftStoring')}
            </span>
            <button type="button" className="link" onClick={() => void draft.clear(blank())}>
              {t('discardDraft')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}

/** The names a form shows a field for: a refusal naming one of them shows under it, any other above the buttons. */
const fieldNames = (kind: ActivityKind) => new Set(['occurredOn', ...KIND_FIELDS[kind].map((f) => f.name)]);
