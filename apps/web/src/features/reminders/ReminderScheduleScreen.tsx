import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ReminderScheduleDocument, SaveReminderScheduleDocument, type ReminderScheduleQuery } from '../../gql/graphql';
import { useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { periodLine } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { PageHeading } from '../../shared/ui/PageHeading';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TableBox } from '../../shared/ui/TableBox';
import { parseOffsets } from './reminder-offsets';
import { useReminderText } from './reminder-texts';

const useSaveSchedule = () => useGraphMutation(SaveReminderScheduleDocument, { invalidates: [ReminderScheduleDocument] });

/** "Lịch nhắc" of a period (/lich-nhac/<period>): the province admin's (or the committee's) milestones form. */
export function ReminderScheduleRoute() {
  const rt = useReminderText();
  const { t } = useLang();
  const { periodId = '' } = useParams();
  const schedule = useGraphQuery(ReminderScheduleDocument, { periodId });
  // Held here, not in the form: the form starts again from each saved answer, and what came of saving stays.
  const save = useSaveSchedule();
  const period = schedule.data?.reminderSchedule.period;
  return (
    <>
      <PageHeading
        eyebrow={period ? `${t(`periodKind_${period.kind}`)} ${period.year}` : rt('scheduleEyebrow')}
        title={rt('scheduleTitle')}
        hint={rt('scheduleHint')}
        hintTestId="reminder-schedule-hint"
      />
      <section className="card">
        {schedule.error && <ErrorMessage error={schedule.error} onRetry={() => void schedule.refetch()} />}
        {schedule.isPending && <p>{rt('loading')}</p>}
        {period && (
          <p className="hint" data-testid="reminder-period-line">
            {periodLine(t, period)}{' '}
            {rt('graceDays', { days: period.graceDays })}
          </p>
        )}
        {period?.status === 'CLOSED' && (
          <div className="message warning" data-testid="reminder-period-closed">
            {rt('periodClosed')}
          </div>
        )}
        {schedule.data && (
          <ScheduleForm
            key={schedule.data.reminderSchedule.offsets.join(',')}
            schedule={schedule.data.reminderSchedule}
            save={save}
            editable={period?.status === 'OPEN'}
          />
        )}
      </section>
    </>
  );
}

interface ScheduleFormProps {
  schedule: ReminderScheduleQuery['reminderSchedule'];
  save: ReturnType<typeof useSaveSchedule>;
  /** A closed period sends no more reminders: its schedule is shown, not edited. */
  editable: boolean;
}

function ScheduleForm({ schedule, save, editable }: ScheduleFormProps) {
  const rt = useReminderText();
  const [text, setText] = useState(schedule.offsets.join(', '));
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const offsets = parseOffsets(text);
    setProblem(offsets ? null : rt('offsetsProblem'));
    if (offsets) save.mutate({ input: { periodId: schedule.periodId, offsets } });
  };
  return (
    <form onSubmit={submit} data-testid="reminder-schedule-form">
      {schedule.isDefault && <p className="hint">{rt('isDefault')}</p>}
      <TableBox label={rt('scheduleTitle')}>
        <table className="table" data-testid="reminder-milestones">
          <thead>
            <tr>
              <th>{rt('colMilestone')}</th>
              <th>{rt('colDay')}</th>
              <th>{rt('colKind')}</th>
              <th>{rt('colOptional')}</th>
            </tr>
          </thead>
          <tbody>
            {schedule.milestones.map((m) => (
              <tr key={m.offset}>
                <td className="card-title">{m.name}</td>
                <td data-label={rt('colDay')}>{m.on.split('-').reverse().join('/')}</td>
                <td data-label={rt('colKind')}>{rt(`kind_${m.kind}`)}</td>
                <td data-label={rt('colOptional')}>{rt(m.optional ? 'yes' : 'no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      {editable && (
        <>
          <label className="field">
            {rt('offsets')}
            <input value={text} onChange={(e) => setText(e.target.value)} inputMode="numeric" data-testid="reminder-offsets" />
          </label>
          <SubmitButton busy={save.isPending} label={rt('saveSchedule')} busyLabel={rt('saving')} testId="save-reminder-schedule" />
        </>
      )}
      <FormOutcome
        problem={problem}
        problemTestId="reminder-schedule-problem"
        error={save.error ?? undefined}
        onRetry={save.retry}
        success={save.isSuccess ? rt('scheduleSaved') : undefined}
        successTestId="reminder-schedule-saved"
      />
    </form>
  );
}
