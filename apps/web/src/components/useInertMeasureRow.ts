import { useLayoutEffect, useRef } from 'react';

/**
 * Ant Design's table, when it scrolls sideways, copies each column title into a hidden
 * `aria-hidden` measuring row; a title with a control (the select-all checkbox) is then a
 * focusable element inside hidden content (axe: aria-hidden-focus). Marking that row `inert`
 * takes it out of the tab order. Runs after every render, as the table redraws the row.
 */
export function useInertMeasureRow<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    ref.current?.querySelectorAll('.ant-table-measure-row').forEach((row) => row.setAttribute('inert', ''));
  });
  return ref;
}
