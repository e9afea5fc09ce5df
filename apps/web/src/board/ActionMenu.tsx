import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/** One entry of an ActionMenu. */
export interface MenuAction {
  readonly id: string;
  readonly label: string;
  readonly danger?: boolean;
  onSelect(): void;
}

/**
 * A menu button (WAI-ARIA "menu button" pattern): the button opens a list of actions; arrow
 * keys, Home and End move between them, Enter or Space runs one, Escape or Tab closes the menu,
 * and so does a click elsewhere. Focus returns to the button when the menu closes, before the
 * chosen action runs, so an action that opens a form can take focus for itself.
 */
export function ActionMenu({
  label,
  actions,
  className = '',
}: {
  /** The button's accessible name, e.g. "Azioni per «…»"; it names the menu too. */
  label: string;
  actions: readonly MenuAction[];
  className?: string;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  if (actions.length === 0) return null;

  const show = (index: number) => {
    setActive((index + actions.length) % actions.length);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const run = (action: MenuAction) => {
    close();
    action.onSelect();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') show(0);
    else if (event.key === 'ArrowUp') show(actions.length - 1);
    else return;
    event.preventDefault();
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const last = actions.length - 1;
    if (event.key === 'ArrowDown') setActive(active === last ? 0 : active + 1);
    else if (event.key === 'ArrowUp') setActive(active === 0 ? last : active - 1);
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(last);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
    // A menu inside a draggable card: its keys are the menu's, not the drag's.
    event.stopPropagation();
  };

  return (
    <div className={`action-menu ${className}`} ref={root}>
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-label={label}
        title={label}
        onClick={() => (open ? setOpen(false) : show(0))}
        onKeyDown={onButtonKey}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className="menu-list"
          onKeyDown={onMenuKey}
        >
          {actions.map((action, index) => (
            <button
              key={action.id}
              ref={(el) => {
                items.current[index] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              className={action.danger ? 'danger-text' : undefined}
              onClick={() => run(action)}
              onPointerMove={() => index !== active && setActive(index)}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
