import { Checkbox } from 'antd';
import type { ComponentProps } from 'react';

/**
 * A checkbox group inside a required Form.Item. The form marks its control `aria-required`,
 * which a `role="group"` may not carry (axe: aria-allowed-attr); the label's asterisk and the
 * error message say it is required.
 */
export function CheckboxGroup(props: ComponentProps<typeof Checkbox.Group> & { 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  return <Checkbox.Group {...rest} />;
}
