// A question asked in the page before something replaces the reader's work: the action waits
// until they choose. Same look and role as the "this drops later steps" question.
export function ConfirmBar({ id, text, confirmLabel, cancelLabel, onConfirm, onCancel }: { id: string; text: string; confirmLabel: string; cancelLabel: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="notice warning" role="alertdialog" aria-labelledby={id} data-testid={id}>
      <p id={id}>{text}</p>
      <button type="button" className="primary" onClick={onConfirm}>{confirmLabel}</button>
      <button type="button" onClick={onCancel}>{cancelLabel}</button>
    </div>
  );
}
