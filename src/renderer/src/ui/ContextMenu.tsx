import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import './contextMenu.css';

export interface MenuEntry {
  label: string;
  /** Shown at the right, as in the application menu. */
  shortcut?: string;
  disabled?: boolean;
  /** Why it is disabled, or what it does: a tooltip and a screen reader's description, never a wider menu. */
  hint?: string;
  onSelect?: () => void;
  /** A submenu, opened to the right. */
  children?: MenuEntry[];
  separatorBefore?: boolean;
}

interface ContextMenuProps {
  x: number;
  y: number;
  entries: MenuEntry[];
  label: string;
  onClose: () => void;
}

/**
 * A context menu as desktop apps have: arrow keys move, Enter or Space chooses,
 * Right opens a submenu, Left or Escape goes back, a click elsewhere closes it.
 */
export function ContextMenu({ x, y, entries, label, onClose }: ContextMenuProps) {
  const list = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [place, setPlace] = useState({ left: x, top: y });

  // Keep the menu inside the window: flip it left or up near the edges.
  useLayoutEffect(() => {
    const box = list.current?.getBoundingClientRect();
    if (!box) return;
    setPlace({
      left: Math.max(4, x + box.width > window.innerWidth ? x - box.width : x),
      top: Math.max(4, y + box.height > window.innerHeight ? window.innerHeight - box.height - 4 : y),
    });
    list.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [x, y]);

  useEffect(() => {
    const close = (event: MouseEvent): void => {
      if (!(event.target instanceof Node) || !list.current?.parentElement?.contains(event.target)) onClose();
    };
    window.addEventListener('mousedown', close, true);
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('mousedown', close, true);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);

  return (
    <div className="context-menu-layer" style={{ left: place.left, top: place.top }}>
      <MenuList entries={entries} label={label} listRef={list} open={open} setOpen={setOpen} onClose={onClose} />
    </div>
  );
}

interface MenuListProps {
  entries: MenuEntry[];
  label: string;
  listRef?: React.RefObject<HTMLUListElement | null>;
  open: number | null;
  setOpen: (index: number | null) => void;
  onClose: () => void;
  onBack?: () => void;
}

function MenuList({ entries, label, listRef, open, setOpen, onClose, onBack }: MenuListProps) {
  const own = useRef<HTMLUListElement>(null);
  const ref = listRef ?? own;
  const [subOpen, setSubOpen] = useState<number | null>(null);

  useLayoutEffect(() => {
    if (!listRef) ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [listRef, ref]);

  const items = (): HTMLElement[] =>
    [...(ref.current?.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]') ?? [])].filter(
      (item) => item.getAttribute('aria-disabled') !== 'true',
    );

  const choose = (entry: MenuEntry, index: number): void => {
    if (entry.disabled) return;
    if (entry.children) {
      setOpen(index);
      return;
    }
    onClose();
    entry.onSelect?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    event.stopPropagation();
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number): void => all[(to + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') (onBack ?? onClose)();
    else if (event.key === 'ArrowLeft' && onBack) onBack();
    else if (event.key === 'ArrowRight') {
      const index = Number((document.activeElement as HTMLElement | null)?.dataset.index);
      if (entries[index]?.children) setOpen(index);
      else return;
    } else return;
    event.preventDefault();
  };

  return (
    <ul className="context-menu" role="menu" aria-label={label} ref={ref} onKeyDown={onKeyDown}>
      {entries.map((entry, index) => (
        <li key={`${index}:${entry.label}`} role="none" className={entry.separatorBefore ? 'has-separator' : undefined}>
          <button
            type="button"
            role="menuitem"
            data-index={index}
            tabIndex={-1}
            aria-disabled={entry.disabled || undefined}
            title={entry.hint}
            aria-description={entry.hint}
            aria-keyshortcuts={entry.shortcut}
            aria-haspopup={entry.children ? 'menu' : undefined}
            aria-expanded={entry.children ? open === index : undefined}
            className="context-menu__item"
            onMouseEnter={() => entry.children && setOpen(index)}
            onClick={() => choose(entry, index)}
          >
            <span>{entry.label}</span>
            {entry.shortcut && (
              <kbd className="context-menu__shortcut" aria-hidden>
                {entry.shortcut}
              </kbd>
            )}
            {entry.children && <span aria-hidden>▸</span>}
          </button>
          {entry.children && open === index && (
            <SubmenuFrame>
              <MenuList
                entries={entry.children}
                label={entry.label}
                open={subOpen}
                setOpen={setSubOpen}
                onClose={onClose}
                onBack={() => {
                  setOpen(null);
                  items()[index]?.focus();
                }}
              />
            </SubmenuFrame>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Holds a submenu to the right of its item, or to the left and higher where the window ends. */
function SubmenuFrame({ children }: { children: React.ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<React.CSSProperties>({});
  useLayoutEffect(() => {
    const box = frame.current?.getBoundingClientRect();
    if (!box) return;
    const next: React.CSSProperties = {};
    if (box.right > window.innerWidth)
      Object.assign(next, { left: 'auto', right: '100%', paddingLeft: 0, paddingRight: 2 });
    if (box.bottom > window.innerHeight) next.top = window.innerHeight - box.bottom - 4;
    setPlace(next);
  }, []);
  return (
    <div ref={frame} className="context-menu__sub" style={place}>
      {children}
    </div>
  );
}
