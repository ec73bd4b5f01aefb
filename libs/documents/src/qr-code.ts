import QRCode from 'qrcode';

/** A PNG of a QR code for `text` (a verification URL, a check-in code), medium error correction. */
export function qrPng(text: string, width = 240): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width });
}

/** The same as a `data:image/png;base64,…` URL, for JSON answers the web app shows as an image. */
export function qrDataUrl(text: string, width = 240): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width });
}
