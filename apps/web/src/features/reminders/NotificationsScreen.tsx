import { useState, type FormEvent } from 'react';
import {
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  NotificationPreferencesDocument,
  SaveNotificationPreferencesDocument,
  UnreadNotificationCountDocument,
  type NotificationPreferencesQuery,
} from '../../gql/graphql';
import { useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { formatDateTime } from '../../shared/format';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { PageHeading } from '../../shared/ui/PageHeading';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { useReminderText } from './reminder-texts';

const useSavePreferences = () => useGraphMutation(SaveNotificationPreferencesDocument, { invalidates: [NotificationPreferencesDocument] });

/** "Thông báo": one's own notifications (mark read, one or all) and one's email preferences. */
export function NotificationsRoute() {
  const rt = useReminderText();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useGraphQuery(MyNotificationsDocument, { unreadOnly });
  const mark = useGraphMutation(MarkNotificationsReadDocument, { invalidates: [MyNotificationsDocument, UnreadNotificationCountDocument] });
  const data = list.data;
  return (
    <>
      <PageHeading eyebrow={rt('eyebrow')} title={rt('title')} hint={rt('hint')} />
      <section className="card">
        <div className="inline-field">
          <label className="inline-field">
            <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} data-testid="notifications-unread-only" />
            {rt('unreadOnly')}
          </label>
          <SubmitButton
            busy={mark.isPending}
            label={rt('markAllRead')}
            busyLabel={rt('saving')}
            testId="notifications-mark-all"
            disabled={!data || data.unreadNotificationCount === 0}
            onClick={() => mark.mutate({ all: true })}
          />
        </div>
        {list.error && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
        {list.isPending && <p>{rt('loading')}</p>}
        {data && data.myNotifications.length === 0 && <p data-testid="notifications-none">{rt('none')}</p>}
        {data && data.myNotifications.length > 0 && (
          <ul className="notification-list" data-testid="notification-list">
            {data.myNotifications.map((n) => (
              <li key={n.id} className={n.readAt ? 'notification read' : 'notification unread'} data-testid="notification">
                <div>
                  <span className="badge">{rt(`kind_${n.kind}`)}</span> <strong>{n.title}</strong>
                </div>
                <div>{n.body}</div>
                <div className="hint">{formatDateTime(n.createdAt)}</div>
                {n.readAt ? (
                  <span className="hint">{rt('read')}</span>
                ) : (
                  <button type="button" className="secondary" disabled={mark.isPending} onClick={() => mark.mutate({ ids: [n.id] })} data-testid="notification-mark-read">
                    {rt('markRead')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <FormOutcome problemTestId="notifications-problem" error={mark.error ?? undefined} onRetry={mark.retry} />
      </section>
      <PreferencesCard />
    </>
  );
}

function PreferencesCard() {
  const rt = useReminderText();
  const prefs = useGraphQuery(NotificationPreferencesDocument, {});
  // Held here, not in the form: the form starts again from each saved answer (a reload may first show the
  // answer kept on the device), and what came of saving stays.
  const save = useSavePreferences();
  const saved = prefs.data?.notificationPreferences;
  return (
    <section className="card">
      <h2>{rt('prefsTitle')}</h2>
      <p className="hint">{rt('prefsHint')}</p>
      {prefs.error && <ErrorMessage error={prefs.error} onRetry={() => void prefs.refetch()} />}
      {saved && <PreferencesForm key={`${saved.quietStart}|${saved.quietEnd}|${saved.optOut}`} saved={saved} save={save} />}
    </section>
  );
}

interface PreferencesFormProps {
  saved: NotificationPreferencesQuery['notificationPreferences'];
  save: ReturnType<typeof useSavePreferences>;
}

function PreferencesForm({ saved, save }: PreferencesFormProps) {
  const rt = useReminderText();
  const [quietStart, setQuietStart] = useState(saved.quietStart ?? '');
  const [quietEnd, setQuietEnd] = useState(saved.quietEnd ?? '');
  const [optOut, setOptOut] = useState(saved.optOut);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ input: { quietStart: quietStart || null, quietEnd: quietEnd || null, optOut } });
  };
  return (
    <form onSubmit={submit} data-testid="notification-preferences">
      {/* Text, not type=time: a browser's time field follows its own locale, 12-hour with AM/PM on many office PCs. */}
      <div className="inline-field">
        <label className="field">
          {rt('quietStart')}
          <input value={quietStart} onChange={(e) => setQuietStart(e.target.value)} placeholder="22:00" maxLength={5} size={6} autoComplete="off" data-testid="quiet-start" />
        </label>
        <label className="field">
          {rt('quietEnd')}
          <input value={quietEnd} onChange={(e) => setQuietEnd(e.target.value)} placeholder="06:00" maxLength={5} size={6} autoComplete="off" data-testid="quiet-end" />
        </label>
      </div>
      <label className="inline-field">
        <input type="checkbox" checked={optOut} onChange={(e) => setOptOut(e.target.checked)} data-testid="opt-out" />
        {rt('optOut')}
      </label>
      <div className="actions">
        <SubmitButton busy={save.isPending} label={rt('savePrefs')} busyLabel={rt('saving')} testId="save-preferences" />
      </div>
      <FormOutcome
        problemTestId="preferences-problem"
        error={save.error ?? undefined}
        onRetry={save.retry}
        success={save.isSuccess ? rt('prefsSaved') : undefined}
        successTestId="preferences-saved"
      />
    </form>
  );
}
