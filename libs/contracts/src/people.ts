/** Personal data as the forms and the server both check it. */

/** A mainland China mobile number (11 digits, 13x–19x). */
export const CN_MOBILE = /^1[3-9]\d{9}$/;
