import { useLayoutEffect, useRef } from 'react';

/**
 * Keyboard access to an Ant Design table that scrolls sideways (WCAG 2.1.1). The table copies each
 * column title into a hidden `aria-hidden` measuring row, so a title with a control (the
 * select-all checkbox) is a focusable element inside hidden content (axe: aria-hidden-focus):
 * that row is made `inert`. And the scrolling region itself takes focus, so that a table without
 * links or buttons (an empty one) can still be scrolled with the keyboard (axe:
 * scrollable-region-focusable). Runs after every render, as the table redraws both.
 */
export function useAccessibleTable<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    ref.current?.querySelectorAll('.ant-table-measure-row').forEach((row) => row.setAttribute('inert', ''));
    ref.current?.querySelectorAll('.ant-table-content').forEach((region) => region.setAttribute('tabindex', '0'));
  });
  return ref;
}
