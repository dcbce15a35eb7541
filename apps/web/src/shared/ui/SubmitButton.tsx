interface Props {
  busy: boolean;
  label: string;
  busyLabel: string;
  testId: string;
  /** For a button that is not its form's own submit (no form, or a confirmation): it acts on click instead. */
  onClick?: () => void;
  /** Nothing to send (a closed period, a frozen report): shown, not pressable. */
  disabled?: boolean;
}

/** The button that sends: it says it is working, and cannot be pressed twice, until the server answers. */
export function SubmitButton({ busy, label, busyLabel, testId, onClick, disabled }: Props) {
  return (
    <button type={onClick ? 'button' : 'submit'} onClick={onClick} disabled={busy || disabled} data-testid={testId}>
      {busy ? busyLabel : label}
    </button>
  );
}
