import { Modal, Typography } from 'antd';
import './desk.css';
import { useEffect, useRef, useState } from 'react';

/** Whether the key press belongs to something the user is typing in (never a shortcut then). */
export function isTyping(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !['checkbox', 'radio', 'button', 'submit'].includes((el as HTMLInputElement).type);
  // Inside an open dialog or dropdown the keys are the dialog's.
  return !!el.closest('[role="dialog"], [role="listbox"], [role="combobox"], .ant-select-dropdown');
}

export interface Shortcut {
  keys: string;
  label: string;
  run: () => void;
}

/**
 * Single-key shortcuts (j, k, r, n, a, …) on the page, and "?" for their help dialog. Nothing
 * fires while typing in a field, with a modifier held, or while a dialog is open.
 */
export function useShortcuts(shortcuts: Shortcut[], enabled = true): { help: boolean; setHelp: (v: boolean) => void } {
  const [help, setHelp] = useState(false);
  const ref = useRef(shortcuts);
  ref.current = shortcuts;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e)) return;
      // Enter on a link or button is that control's own.
      if (e.key === 'Enter' && (e.target as HTMLElement | null)?.closest('a, button')) return;
      if (document.querySelector('.ant-modal-wrap:not([style*="display: none"]) [role="dialog"]')) return;
      if (e.key === '?') {
        e.preventDefault();
        setHelp(true);
        return;
      }
      const hit = ref.current.find((s) => s.keys.split('/').includes(e.key));
      if (hit) {
        e.preventDefault();
        hit.run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
  return { help, setHelp };
}

/** The "?" dialog: every shortcut of the page. */
export function ShortcutHelp({ open, onClose, shortcuts }: { open: boolean; onClose: () => void; shortcuts: Pick<Shortcut, 'keys' | 'label'>[] }) {
  return (
    <Modal open={open} title="键盘快捷键" onCancel={onClose} footer={null} destroyOnHidden>
      <table className="shortcut-table" aria-label="键盘快捷键">
        <tbody>
          {[...shortcuts, { keys: '?', label: '显示本帮助' }].map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                {s.keys.split('/').map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </th>
              <td>{s.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        在输入框中打字时快捷键不生效。
      </Typography.Paragraph>
    </Modal>
  );
}
