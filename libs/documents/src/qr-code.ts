
/** A PNG of a QR code (qrcode is loaded on first use) for `text` (a verification URL, a check-in code), medium error correction. */
export async function qrPng(text: string, width = 240): Promise<Buffer> {
  const QRCode = await import('qrcode');
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width });
}

/** The same as a `data:image/png;base64,…` URL, for JSON answers the web app shows as an image. */
export async function qrDataUrl(text: string, width = 240): Promise<string> {
  const QRCode = await import('qrcode');
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width });
}
