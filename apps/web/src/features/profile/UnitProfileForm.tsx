import { useState, type FormEvent } from 'react';
import { BOARD_KINDS, BOARD_KIND_DEFINITIONS, BOARD_ROLES, type BoardKind, type BoardRole } from '@qcdc/shared/contracts';
import { TENANCY_TEXT_LIMITS, peopleOnSeveralBoards } from '@qcdc/tenancy/domain';
import { SaveUnitProfileDocument, UnitProfileDocument, type UnitProfileFieldsFragment } from '../../gql/graphql';
import { useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { formatDate, formatDateTime } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TableBox } from '../../shared/ui/TableBox';
import { TextField } from '../../shared/ui/TextField';
import { useDraft } from '../../shared/useDraft';
import { draftFrom, inputOf, newPersonKey, refusalOfDraft, type BoardDraft, type PersonDraft, type ProfileDraft, type SeatDraft } from './profile-draft';

interface Props {
  unitId: string;
  periodId: string;
  /** The unit's own reporter or head; everyone else reads. */
  editable: boolean;
}

/** The profile of a unit for a period: read from the server once, then kept as a draft while it is edited. */
export function UnitProfileForm({ unitId, periodId, editable }: Props) {
  const { t } = useLang();
  const loaded = useGraphQuery(UnitProfileDocument, { unitId, periodId }, { staleTime: Infinity });
  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!loaded.data) return <p>{t('loading')}</p>;
  const profile = loaded.data.unitProfile;
  return editable ? (
    <ProfileEditor unitId={unitId} periodId={periodId} initial={profile} reload={async () => (await loaded.refetch()).data?.unitProfile} />
  ) : (
    <ProfileReader profile={profile} />
  );
}

const COUNTS = ['staffCount', 'partyMembers', 'unionMembers'] as const;

/** The people on two boards or more, as a list that names their boards. */
function SeveralBoards({ people }: { people: { key: string; fullName: string; boards: BoardKind[] }[] }) {
  const { t, say } = useLang();
  return (
    <section className="card" data-testid="several-boards">
      <h2>{t('severalBoardsTitle')}</h2>
      {people.length === 0 ? (
        <p className="hint" data-testid="several-boards-none">
          {t('severalBoardsNone')}
        </p>
      ) : (
        <div className="message warning" role="status">
          <ul>
            {people.map((p) => (
              <li key={p.key} data-testid={`several-boards-${p.key}`}>
                <strong>{p.fullName || t('unnamedPerson')}</strong>: {p.boards.map((kind) => say(BOARD_KIND_DEFINITIONS[kind].name)).join('; ')}
              </li>
            ))}
          </ul>
          <p className="hint">{t('severalBoardsHint')}</p>
        </div>
      )}
    </section>
  );
}

const personLabel = (p: PersonDraft | undefined, unnamed: string) =>
  p ? `${p.fullName.trim() || unnamed}${p.title.trim() ? ` (${p.title.trim()})` : ''}` : '';
const term = (start: string, end: string) => (start || end ? `${start ? formatDate(start) : '…'} – ${end ? formatDate(end) : '…'}` : '');

/** Reading: the counts, the people and each board's members, and who sits on several boards. */
function ProfileReader({ profile }: { profile: UnitProfileFieldsFragment }) {
  const { t, say } = useLang();
  const d = draftFrom(profile);
  const people = new Map(d.people.map((p) => [p.key, p]));
  if (profile.version === 0) {
    return (
      <p className="message warning" data-testid="profile-not-saved">
        {t('profileNotSaved')}
      </p>
    );
  }
  return (
    <div data-testid="profile-reader">
      <p className="hint">{t('profileReadOnly')}</p>
      <section className="card">
        <h2>{t('profileCountsTitle')}</h2>
        <dl className="facts">
          {COUNTS.map((c) => (
            <div key={c}>
              <dt>{t(c)}</dt>
              <dd data-testid={`profile-${c}`}>{d[c]}</dd>
            </div>
          ))}
        </dl>
      </section>
      {BOARD_KINDS.filter((kind) => profile.boards.some((b) => b.kind === kind)).map((kind) => (
        <section key={kind} className="card" data-testid={`board-${kind}`}>
          <h2>{say(BOARD_KIND_DEFINITIONS[kind].name)}</h2>
          {term(d.boards[kind].termStart, d.boards[kind].termEnd) && (
            <p className="hint">
              {t('boardTerm')}: {term(d.boards[kind].termStart, d.boards[kind].termEnd)}
            </p>
          )}
          <TableBox label={say(BOARD_KIND_DEFINITIONS[kind].name)}>
            <table className="table">
              <thead>
                <tr>
                  <th>{t('colMember')}</th>
                  <th>{t('colBoardRole')}</th>
                  <th>{t('colSeatTerm')}</th>
                </tr>
              </thead>
              <tbody>
                {d.boards[kind].seats.map((s) => (
                  <tr key={s.personKey}>
                    <td className="card-title">{personLabel(people.get(s.personKey), t('unnamedPerson'))}</td>
                    <td data-label={t('colBoardRole')}>{say(BOARD_KIND_DEFINITIONS[kind].roles[s.role])}</td>
                    <td data-label={t('colSeatTerm')}>{term(s.termStart, s.termEnd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </section>
      ))}
      <SeveralBoards people={profile.peopleOnSeveralBoards} />
      {profile.updatedAt && <p className="hint">{t('profileSavedAt', { time: formatDateTime(profile.updatedAt), version: profile.version })}</p>}
    </div>
  );
}

interface EditorProps {
  unitId: string;
  periodId: string;
  initial: UnitProfileFieldsFragment;
  reload: () => Promise<UnitProfileFieldsFragment | undefined>;
}

/** Editing: counts, the list of people, each board's members (add and remove rows), saved as a whole. */
function ProfileEditor({ unitId, periodId, initial, reload }: EditorProps) {
  const { t, say } = useLang();
  const draft = useDraft<ProfileDraft>(`unit-profile.${unitId}.${periodId}`, () => draftFrom(initial));
  const [saved, setSaved] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  // Read again after a save: the cached answer (kept for the next visit) must carry the new version.
  const save = useGraphMutation(SaveUnitProfileDocument, { invalidates: [UnitProfileDocument] });
  const d = draft.value;

  const change = (next: ProfileDraft) => {
    draft.update(next);
    setProblem(null);
    setDone(false);
    save.reset();
  };
  const setPerson = (i: number, patch: Partial<PersonDraft>) => change({ ...d, people: d.people.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const removePerson = (i: number) => {
    const key = d.people[i].key;
    // Their seats go with them.
    const boards = Object.fromEntries(
      BOARD_KINDS.map((kind) => [kind, { ...d.boards[kind], seats: d.boards[kind].seats.filter((s) => s.personKey !== key) }]),
    ) as Record<BoardKind, BoardDraft>;
    change({ ...d, people: d.people.filter((_, j) => j !== i), boards });
  };
  const setBoard = (kind: BoardKind, patch: Partial<BoardDraft>) => change({ ...d, boards: { ...d.boards, [kind]: { ...d.boards[kind], ...patch } } });
  const setSeat = (kind: BoardKind, i: number, patch: Partial<SeatDraft>) =>
    setBoard(kind, { seats: d.boards[kind].seats.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const addSeat = (kind: BoardKind) => {
    const seats = d.boards[kind].seats;
    const free = d.people.find((p) => !seats.some((s) => s.personKey === p.key));
    const role: BoardRole = seats.some((s) => s.role === 'HEAD') ? 'MEMBER' : 'HEAD';
    setBoard(kind, { seats: [...seats, { personKey: free?.key ?? '', role, termStart: '', termEnd: '' }] });
  };

  const input = inputOf(unitId, periodId, d);
  const several = peopleOnSeveralBoards(input);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.reset();
    setDone(false);
    if (BOARD_KINDS.some((kind) => d.boards[kind].seats.some((s) => !s.personKey))) return setProblem(t('errSeatWithoutPerson'));
    const refusal = refusalOfDraft(input);
    if (refusal) return setProblem(say(refusal.messages));
    save.mutate(
      { input },
      {
        onSuccess: async ({ saveUnitProfile }) => {
          setSaved(saveUnitProfile);
          setDone(true);
          await draft.clear(draftFrom(saveUnitProfile));
        },
      },
    );
  }

  /** After a CONFLICT: the latest saved profile replaces the draft. */
  async function loadLatest() {
    const latest = await reload();
    if (!latest) return;
    save.reset();
    setSaved(latest);
    await draft.clear(draftFrom(latest));
  }

  if (!draft.ready) return <p className="hint">{t('loading')}</p>;
  return (
    <form onSubmit={submit} noValidate data-testid="profile-form">
      <p className="hint">{t('profileIntro')}</p>
      {saved.copiedFromPeriodId && d.version === 0 && (
        <div className="message warning" role="status" data-testid="profile-copied">
          {t('profileCopied')}
        </div>
      )}

      <section className="card">
        <h2>{t('profileCountsTitle')}</h2>
        <div className="form-grid three">
          {COUNTS.map((c) => (
            <TextField
              key={c}
              label={t(c)}
              value={d[c]}
              onChange={(value) => change({ ...d, [c]: value })}
              inputMode="numeric"
              hint={t('countHint')}
              invalid={save.error?.field === c}
              testId={`profile-${c}`}
            />
          ))}
        </div>
      </section>

      <section className="card">
        <h2>{t('profilePeopleTitle')}</h2>
        <p className="hint">{t('profilePeopleHint')}</p>
        {d.people.length === 0 ? (
          <p className="hint">{t('noPeople')}</p>
        ) : (
          <TableBox label={t('profilePeopleTitle')}>
            <table className="table" data-testid="profile-people">
              <thead>
                <tr>
                  <th>{t('colFullName')}</th>
                  <th>{t('colPosition')}</th>
                  <th>{t('colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {d.people.map((p, i) => (
                  <tr key={p.key}>
                    <td data-label={t('colFullName')}>
                      <input
                        value={p.fullName}
                        maxLength={TENANCY_TEXT_LIMITS.displayName}
                        onChange={(e) => setPerson(i, { fullName: e.target.value })}
                        aria-label={`${t('colFullName')} ${i + 1}`}
                        data-testid={`person-name-${i}`}
                      />
                    </td>
                    <td data-label={t('colPosition')}>
                      <input
                        value={p.title}
                        maxLength={TENANCY_TEXT_LIMITS.title}
                        onChange={(e) => setPerson(i, { title: e.target.value })}
                        aria-label={`${t('colPosition')} ${i + 1}`}
                        data-testid={`person-title-${i}`}
                      />
                    </td>
                    <td data-label={t('colActions')}>
                      <button type="button" className="link" onClick={() => removePerson(i)} data-testid={`remove-person-${i}`}>
                        {t('removeRow')} {i + 1}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => change({ ...d, people: [...d.people, { key: newPersonKey(d.people), fullName: '', title: '' }] })}
            data-testid="add-person"
          >
            {t('addPerson')}
          </button>
        </div>
      </section>

      {BOARD_KINDS.map((kind) => {
        const board = d.boards[kind];
        const definition = BOARD_KIND_DEFINITIONS[kind];
        return (
          <section key={kind} className="card" data-testid={`board-${kind}`}>
            <h2>{say(definition.name)}</h2>
            <fieldset className="choices form-grid">
              <legend>{t('boardTerm')}</legend>
              <TextField
                label={t('termStart')}
                type="date"
                value={board.termStart}
                onChange={(termStart) => setBoard(kind, { termStart })}
                testId={`board-${kind}-start`}
              />
              <TextField label={t('termEnd')} type="date" value={board.termEnd} onChange={(termEnd) => setBoard(kind, { termEnd })} testId={`board-${kind}-end`} />
            </fieldset>
            {board.seats.length === 0 ? (
              <p className="hint">{d.people.length === 0 ? t('addPeopleFirst') : t('noMembers')}</p>
            ) : (
              <TableBox label={say(definition.name)}>
                <table className="table" data-testid={`board-${kind}-seats`}>
                  <thead>
                    <tr>
                      <th>{t('colMember')}</th>
                      <th>{t('colBoardRole')}</th>
                      <th>{t('termStart')}</th>
                      <th>{t('termEnd')}</th>
                      <th>{t('colActions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {board.seats.map((s, i) => (
                      <tr key={i}>
                        <td data-label={t('colMember')}>
                          <select
                            value={s.personKey}
                            onChange={(e) => setSeat(kind, i, { personKey: e.target.value })}
                            aria-label={`${t('colMember')} ${i + 1}`}
                            data-testid={`seat-${kind}-${i}-person`}
                          >
                            <option value="">{t('choosePerson')}</option>
                            {d.people.map((p) => (
                              <option key={p.key} value={p.key}>
                                {personLabel(p, t('unnamedPerson'))}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td data-label={t('colBoardRole')}>
                          <select
                            value={s.role}
                            onChange={(e) => setSeat(kind, i, { role: e.target.value as BoardRole })}
                            aria-label={`${t('colBoardRole')} ${i + 1}`}
                            data-testid={`seat-${kind}-${i}-role`}
                          >
                            {BOARD_ROLES.map((role) => (
                              <option key={role} value={role}>
                                {say(definition.roles[role])}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td data-label={t('termStart')}>
                          <input
                            type="date"
                            value={s.termStart}
                            onChange={(e) => setSeat(kind, i, { termStart: e.target.value })}
                            aria-label={`${t('termStart')} ${i + 1}`}
                            data-testid={`seat-${kind}-${i}-start`}
                          />
                        </td>
                        <td data-label={t('termEnd')}>
                          <input
                            type="date"
                            value={s.termEnd}
                            onChange={(e) => setSeat(kind, i, { termEnd: e.target.value })}
                            aria-label={`${t('termEnd')} ${i + 1}`}
                            data-testid={`seat-${kind}-${i}-end`}
                          />
                        </td>
                        <td data-label={t('colActions')}>
                          <button
                            type="button"
                            className="link"
                            onClick={() => setBoard(kind, { seats: board.seats.filter((_, j) => j !== i) })}
                            data-testid={`remove-seat-${kind}-${i}`}
                          >
                            {t('removeRow')} {i + 1}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableBox>
            )}
            {d.people.length > 0 && (
              <div className="actions">
                <button type="button" className="secondary" onClick={() => addSeat(kind)} data-testid={`add-seat-${kind}`}>
                  {t('addMember')}
                </button>
              </div>
            )}
          </section>
        );
      })}

      <SeveralBoards people={several} />

      <FormOutcome
        problem={problem}
        problemTestId="profile-problem"
        error={save.error ?? undefined}
        onRetry={save.retry}
        success={done ? t('profileSaved') : undefined}
        successTestId="profile-saved"
      />
      {save.error?.code === 'CONFLICT' && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => void loadLatest()} data-testid="reload-latest">
            {t('reloadLatest')}
          </button>
        </div>
      )}
      <div className="actions">
        <SubmitButton busy={save.isPending} label={t('saveProfile')} busyLabel={t('saving')} testId="save-profile" />
        {draft.hasDraft && (
          <>
            <span className="hint" data-testid="draft-kept" data-stored={draft.stored}>
              {t(draft.stored ? 'draftKept' : 'draftStoring')}
            </span>
            <button type="button" className="link" onClick={() => void draft.clear(draftFrom(saved))}>
              {t('discardDraft')}
            </button>
          </>
        )}
        <span data-testid="profile-saved-line" className={saved.version > 0 ? 'saved-line' : 'hint'}>
          {saved.version > 0 && saved.updatedAt
            ? t('profileSavedAt', { time: formatDateTime(saved.updatedAt), version: saved.version })
            : t('profileNotSaved')}
        </span>
      </div>
    </form>
  );
}
