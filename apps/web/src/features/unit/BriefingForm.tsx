import { useState, type FormEvent } from 'react';
import { BRIEFING_TEXT_LIMITS, assertAttendance, assertNotInFuture, parseAttendance } from '@qcdc/activities/domain';
import { todayInVietnam } from '../../shared/clock';
import { formatDate } from '../../shared/format';
import { useLang, type T } from '../../shared/i18n';
import { useSendEntry } from '../../shared/offline/outbox';
import type { ReportingPeriod } from '../../shared/periods/period';
import { refusalOf } from '../../shared/rules';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { useDraft } from '../../shared/useDraft';

/** What the official has typed, as typed (numbers stay text until saved). */
interface BriefingDraft {
  occurredOn: string;
  topic: string;
  documents: string;
  paste: string;
  present: string;
  eligible: string;
}

/** The latest day a briefing of this period can have been held: today, or the period's last day if it is over. */
const latestDay = (period: ReportingPeriod) => {
  const today = todayInVietnam();
  return period.windowEnd < today ? period.windowEnd : today;
};

const emptyDraft = (period: ReportingPeriod): BriefingDraft => ({
  occurredOn: latestDay(period),
  topic: '',
  documents: '',
  paste: '',
  present: '',
  eligible: '',
});

const isCount = (text: string) => /^\d+$/.test(text.trim());

/** What the attendance rule says about the two numbers, once both are numbers (the server's words). */
function attendanceRefusal(d: BriefingDraft) {
  if (!isCount(d.present) || !isCount(d.eligible)) return null;
  return refusalOf(() => assertAttendance({ present: Number(d.present), eligible: Number(d.eligible) }));
}

/** The first problem that stops saving, in the reader's language; null when the draft can be saved. */
function problemOf(d: BriefingDraft, t: T, say: (m: { vi: string; en: string }) => string): string | null {
  if (!d.occurredOn) return t('errDateRequired');
  const future = refusalOf(() => assertNotInFuture(d.occurredOn, todayInVietnam()));
  if (future) return say(future.messages);
  if (!d.topic.trim()) return t('errTopicRequired');
  if (!isCount(d.present) || !isCount(d.eligible)) return t('errAttendanceNumbers');
  const attendance = attendanceRefusal(d);
  return attendance && say(attendance.messages);
}

/** "Hội nghị quán triệt, phổ biến": a briefing with its attendance, kept as a draft until saved. */
export function BriefingForm({ unitId, period }: { unitId: string; period: ReportingPeriod }) {
  const { t, say } = useLang();
  const draft = useDraft<BriefingDraft>(`briefing.${unitId}`, () => emptyDraft(period));
  const d = draft.value;
  const [problem, setProblem] = useState<string | null>(null);
  const [savedOn, setSavedOn] = useState<string>();
  const record = useSendEntry();

  const change = (patch: Partial<BriefingDraft>) => {
    record.reset();
    setProblem(null);
    draft.update({ ...d, ...patch });
  };
  const changePaste = (paste: string) => {
    const parsed = parseAttendance(paste);
    change(parsed ? { paste, present: String(parsed.present), eligible: String(parsed.eligible) } : { paste });
  };
  const pasted = d.paste.trim() ? parseAttendance(d.paste) : undefined;
  const attendance = attendanceRefusal(d);
  const liveProblem = attendance && say(attendance.messages);

  async function submit(e: FormEvent) {
    e.preventDefault();
    record.reset();
    const found = problemOf(d, t, say);
    setProblem(found);
    if (found) return;
    const input = {
      unitId,
      occurredOn: d.occurredOn,
      topic: d.topic.trim(),
      documents: d.documents.trim() || null,
      present: Number(d.present),
      eligible: Number(d.eligible),
    };
    const variables = { input };
    const outcome = await record.submit(
      {
        operation: 'RecordBriefing',
        variables,
        idempotencyKey: await draft.keyFor(variables),
        summary: {
          vi: `Hội nghị ngày ${formatDate(input.occurredOn)}: ${input.topic} (${input.present}/${input.eligible})`,
          en: `Briefing of ${formatDate(input.occurredOn)}: ${input.topic} (${input.present}/${input.eligible})`,
        },
      },
      draft.forgetKey,
    );
    // Recorded, or safe in the outbox: either way the form is free for the next one.
    if (outcome) {
      setSavedOn(input.occurredOn);
      await draft.clear(emptyDraft(period));
    }
  }

  if (!draft.ready) return <p className="hint">{t('loading')}</p>;

  return (
    <form className="subsection no-print" onSubmit={(e) => void submit(e)} data-testid="briefing-form" noValidate>
      <h3>{t('briefingTitle')}</h3>
      <div className="form-grid">
        <label className="field">
          {t('briefingDate')}
          <input
            type="date"
            value={d.occurredOn}
            min={period.windowStart}
            max={latestDay(period)}
            onChange={(e) => change({ occurredOn: e.target.value })}
            data-testid="briefing-date"
          />
          {/* The picker follows the browser's language (an English Chrome shows month first): say it plainly. */}
          {d.occurredOn && <span className="hint">{t('dateChosen', { date: formatDate(d.occurredOn) })}</span>}
        </label>
        <label className="field wide">
          {t('briefingTopic')}
          <input
            value={d.topic}
            placeholder={t('briefingTopicHint')}
            maxLength={BRIEFING_TEXT_LIMITS.topic}
            onChange={(e) => change({ topic: e.target.value })}
            data-testid="briefing-topic"
          />
        </label>
        <label className="field wide">
          {t('briefingDocuments')}
          <input
            value={d.documents}
            placeholder={t('briefingDocumentsHint')}
            maxLength={BRIEFING_TEXT_LIMITS.documents}
            onChange={(e) => change({ documents: e.target.value })}
            data-testid="briefing-documents"
          />
        </label>
        <label className="field wide">
          {t('pasteAttendance')}
          <input
            value={d.paste}
            placeholder="15/16 đ/c dự"
            onChange={(e) => changePaste(e.target.value)}
            data-testid="briefing-paste"
          />
          <span className="hint">{t('pasteAttendanceHint')}</span>
          {pasted && (
            <span className="message success" data-testid="paste-result">
              {t('pasteFilled', { present: pasted.present, eligible: pasted.eligible })}
            </span>
          )}
          {pasted === null && <span className="message warning">{t('pasteNotFound')}</span>}
        </label>
        <label className="field">
          {t('present')}
          <input
            inputMode="numeric"
            value={d.present}
            onChange={(e) => change({ present: e.target.value })}
            aria-invalid={attendance?.field === 'present' || undefined}
            data-testid="briefing-present"
          />
        </label>
        <label className="field">
          {t('eligible')}
          <input
            inputMode="numeric"
            value={d.eligible}
            onChange={(e) => change({ eligible: e.target.value })}
            aria-invalid={attendance?.field === 'eligible' || undefined}
            data-testid="briefing-eligible"
          />
        </label>
      </div>
      {liveProblem && liveProblem !== problem && (
        <div className="message error" role="alert" data-testid="attendance-problem">
          {liveProblem}
        </div>
      )}
      <FormOutcome
        problem={problem}
        problemTestId="briefing-problem"
        error={record.refusal}
        success={record.outcome?.sent && savedOn ? t('briefingSaved', { date: formatDate(savedOn) }) : undefined}
        successTestId="briefing-saved"
        waiting={record.outcome?.sent === false ? record.outcome.reason : undefined}
      />
      <div className="actions">
        <SubmitButton
          busy={record.busy}
          label={t('recordBriefing')}
          busyLabel={t('recording')}
          testId="record-briefing"
        />
        {draft.hasDraft && (
          <>
            <span className="hint" data-testid="draft-kept" data-stored={draft.stored}>
              {t(draft.stored ? 'draftKept' : 'draftStoring')}
            </span>
            <button type="button" className="link" onClick={() => void draft.clear(emptyDraft(period))}>
              {t('discardDraft')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
