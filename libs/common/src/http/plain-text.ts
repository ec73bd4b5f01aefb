import { Matches } from 'class-validator';

/** Any characters are data except the C0/C1 controls other than tab and newline (and NUL). */
export const PLAIN_TEXT = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/** Free text from a person: refuses control characters (NUL, bell, escape...). */
export const PlainText = (options: { each?: boolean } = {}) => Matches(PLAIN_TEXT, { ...options, message: '$property 不能包含控制字符' });
