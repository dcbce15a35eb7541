import { useState, type FormEvent } from 'react';
import type { ReportingPeriod } from '../../shared/api/api-types';
import { parseAttendance } from '../../shared/attendance';
import { formatDate, todayInVietnam } from '../../shared/format';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { gql } from '../../shared/api/graphql';
import { useLang, type T } from '../../shared/i18n';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { useDraft } from '../../shared/useDraft';
import { useSubmit } from '../../shared/useSubmit';

const RECORD_BRIEFING = `mutation RecordBriefing($input: RecordBriefingInput!) {
  recordBriefing(input: $input) { id occurredOn }
}`;

/** What the official has typed, as typed (numbers stay text until saved). */
interface BriefingDraft {
  occurredOn: string;
  topic: string;
  documents: string;
  paste: string;
  present: string;
  eligible: string;
}

const emptyDraft = (): BriefingDraft => ({
  occurredOn: todayInVietnam(),
  topic: '',
  documents: '',
  paste: '',
  present: '',
  eligible: '',
});

const isCount = (text: string) => /^\d+$/.test(text.trim());

/** The first problem that stops saving, in the reader's language; null when the draft can be saved. */
function problemOf(d: BriefingDraft, t: T): string | null {
  if (!d.occurredOn) return t('errDateRequired');
  if (!d.topic.trim()) return t('errTopicRequired');
  if (!isCount(d.present) || !isCount(d.eligible)) return t('errAttendanceNumbers');
  return attendanceProblem(d, t);
}

function attendanceProblem(d: BriefingDraft, t: T): string | null {
  if (!isCount(d.present) || !isCount(d.eligible)) return null;
  const present = Number(d.present);
  const eligible = Number(d.eligible);
  if (eligible === 0) return t('errEligiblePositive');
  if (present > eligible) return t('errPresentOverEligible', { present, eligible });
  return null;
}

/** "Hội nghị quán triệt, phổ biến": a briefing with its attendance, kept as a draft until saved. */
export function BriefingForm(props: { unitId: string; period: ReportingPeriod; onRecorded: () => void }) {
  const { unitId, period, onRecorded } = props;
  const { t } = useLang();
  const draft = useDraft<BriefingDraft>(`briefing.${unitId}`, emptyDraft);
  const d = draft.value;
  const [problem, setProblem] = useState<string | null>(null);
  const [savedOn, setSavedOn] = useState<string>();
  const { busy, error, clearError, send } = useSubmit();

  const change = (patch: Partial<BriefingDraft>) => {
    setSavedOn(undefined);
    setProblem(null);
    draft.update({ ...d, ...patch });
  };
  const changePaste = (paste: string) => {
    const parsed = parseAttendance(paste);
    change(parsed ? { paste, present: String(parsed.present), eligible: String(parsed.eligible) } : { paste });
  };
  const pasted = d.paste.trim() ? parseAttendance(d.paste) : undefined;
  const liveProblem = attendanceProblem(d, t);

  async function submit(e: FormEvent) {
    e.preventDefault();
    clearError();
    const found = problemOf(d, t);
    setProblem(found);
    if (found) return;
    await send(async () => {
      const input = {
        unitId,
        occurredOn: d.occurredOn,
        topic: d.topic.trim(),
        documents: d.documents.trim() || null,
        present: Number(d.present),
        eligible: Number(d.eligible),
      };
      await gql(RECORD_BRIEFING, { input });
      draft.clear(emptyDraft());
      setSavedOn(d.occurredOn);
      onRecorded();
    });
  }

  return (
    <form className="subsection" onSubmit={submit} data-testid="briefing-form" noValidate>
      <h3>{t('briefingTitle')}</h3>
      <div className="form-grid">
        <label className="field">
          {t('briefingDate')}
          <input
            type="date"
            value={d.occurredOn}
            min={period.windowStart}
            max={period.windowEnd < todayInVietnam() ? period.windowEnd : todayInVietnam()}
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
            onChange={(e) => change({ topic: e.target.value })}
            data-testid="briefing-topic"
          />
        </label>
        <label className="field wide">
          {t('briefingDocuments')}
          <input
            value={d.documents}
            placeholder={t('briefingDocumentsHint')}
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
            aria-invalid={liveProblem ? true : undefined}
            data-testid="briefing-present"
          />
        </label>
        <label className="field">
          {t('eligible')}
          <input
            inputMode="numeric"
            value={d.eligible}
            onChange={(e) => change({ eligible: e.target.value })}
            aria-invalid={liveProblem ? true : undefined}
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
        error={error}
        success={savedOn && t('briefingSaved', { date: formatDate(savedOn) })}
        successTestId="briefing-saved"
      />
      <div className="actions">
        <SubmitButton busy={busy} label={t('recordBriefing')} busyLabel={t('recording')} testId="record-briefing" />
        {draft.hasDraft && (
          <>
            <span className="hint">{t('draftKept')}</span>
            <button type="button" className="link" onClick={() => draft.clear(emptyDraft())}>
              {t('discardDraft')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
