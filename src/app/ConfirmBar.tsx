// A question asked in the page before something replaces the reader's work: the action waits
// until they choose. Same look and role as the "this drops later steps" question.
// Asked in answer to a button (`asked`), it takes the focus on the safe choice, Cancel: the button
// that opened it is gone, and a keyboard user would otherwise be left at the top of the page.
export function ConfirmBar({ id, text, confirmLabel, cancelLabel, onConfirm, onCancel, asked = false }: { id: string; text: string; confirmLabel: string; cancelLabel: string; onConfirm: () => void; onCancel: () => void; asked?: boolean }) {
  return (
    <div className="notice warning" role="alertdialog" aria-labelledby={id} data-testid={id}>
      <p id={id}>{text}</p>
      <button type="button" className="primary" onClick={onConfirm}>{confirmLabel}</button>
      <button type="button" onClick={onCancel} autoFocus={asked}>{cancelLabel}</button>
    </div>
  );
}
