import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useUi } from '../../hooks/ui-context.tsx';
import { isTyping } from '../../hooks/key-scope.tsx';
import { useAnchored } from './use-anchored.ts';

/** One thing the user can do to an object: a command for the engine. */
export interface MenuAction {
  id: string;
  /** Visible text. */
  label: string;
  /** Accessible name when the label alone is ambiguous on the page (it must contain the label). */
  name?: string;
  command: unknown;
  /** What it does, in a line (the Kafka call behind it): shown under the label in the menu, and its description. */
  help?: string;
  disabled?: boolean;
  danger?: boolean;
}

/** What a menu's own form gets: `act` that answers a refusal next to `origin`, and closes the menu when accepted. */
export type MenuAct = (command: unknown, origin: Element | null) => void;

interface Props {
  /** What the object shows (its name): the trigger's content. */
  children: ReactNode;
  /** The trigger's accessible name: the visible text of `children`, as plain text. */
  name: string;
  /** The popover's accessible name, e.g. "Actions for producer-1"; also the trigger's tooltip. */
  label: string;
  actions?: readonly MenuAction[];
  /** A small form drawn above the actions (a producer's send). */
  form?: (act: MenuAct) => ReactNode;
  /** The trigger covers its nearest positioned ancestor (the object's box), so a click anywhere on it opens the menu. */
  stretch?: boolean;
  className?: string;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * Every object is a control: its name is a button that opens a small non-modal dialog of its
 * actions, anchored to it. Enter/Space or a click opens it and focuses the first control; Tab
 * and the arrow keys move inside; Escape or a click elsewhere closes it and Escape returns focus
 * to the object. An accepted action closes it; a refused one leaves it open with the answer
 * next to the control used. Read-only views (lessons, widgets) show the name alone.
 */
export function ObjectMenu({ children, name, label, actions = [], form, stretch = false, className = '' }: Props) {
  const { act, readOnly, refusal, dismissRefusal } = useUi();
  const [open, setOpen] = useState(false);
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const anchor = open ? trigger.current?.closest('[data-object]') ?? trigger.current : null;
  const position = useAnchored(anchor, popover);

  const close = useCallback((refocus: boolean) => {
    // A refusal shown inside the menu goes with it (it was announced already).
    if (refusal && popover.current?.contains(refusal.origin)) dismissRefusal();
    setOpen(false);
    if (refocus) trigger.current?.focus();
  }, [refusal, dismissRefusal]);

  useEffect(() => {
    if (!open) return;
    popover.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // composedPath: inside a widget's shadow root the document sees the host as the target.
    function onPointer(event: PointerEvent) {
      const path = event.composedPath();
      const inside = [popover.current, trigger.current].some((el) => el && path.includes(el));
      const onAnswer = path.some((el) => el instanceof HTMLElement && el.dataset['refusal'] !== undefined);
      if (!inside && !onAnswer) close(false);
    }
    window.addEventListener('pointerdown', onPointer, true);
    return () => window.removeEventListener('pointerdown', onPointer, true);
  }, [open, close]);

  const run: MenuAct = (command, origin) => {
    const error = act(command, origin);
    if (!error) close(true);
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(popover.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const at = items.indexOf(event.target as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      event.stopPropagation();
      items[(to + items.length) % items.length]?.focus();
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab' && items.length > 0) {
      // Focus stays in the menu until Escape: Tab from the last control comes back to the first.
      if (!event.shiftKey && at === items.length - 1) move(0);
      else if (event.shiftKey && at <= 0) move(items.length - 1);
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !isTyping(event.target)) {
      move(at + (event.key === 'ArrowDown' ? 1 : -1));
    } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && !isTyping(event.target)) {
      // Not the timeline's step keys while inside a menu.
      event.preventDefault();
      event.stopPropagation();
    }
  }

  if (readOnly) return <>{children}</>;
  return (
    <>
      <button ref={trigger} type="button" className={`object-trigger${stretch ? ' stretch' : ''} ${className}`.trim()} title={label} aria-label={name}
        aria-haspopup="dialog" aria-expanded={open} aria-controls={open ? id : undefined}
        onClick={(e: MouseEvent) => { e.stopPropagation(); if (open) close(false); else setOpen(true); }}>
        {children}
      </button>
      {open && (
        <div ref={popover} id={id} role="dialog" aria-label={label} className="object-menu" onKeyDown={onKeyDown}
          style={{ position: 'fixed', left: position?.left ?? 0, top: position?.top ?? 0, visibility: position ? 'visible' : 'hidden' }}>
          {form?.(run)}
          {actions.length > 0 && (
            <div className={`object-menu-actions${actions.some((a) => a.help) ? ' described' : ''}`}>
              {actions.map((a) => (
                <button key={a.id} type="button" className={a.danger ? 'danger' : undefined} disabled={a.disabled}
                  aria-label={a.name} aria-describedby={a.help ? `${id}-${a.id}` : undefined} onClick={(e) => run(a.command, e.currentTarget)}>
                  {a.label}
                  {a.help && <small id={`${id}-${a.id}`}>{a.help}</small>}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </>
  );
}
