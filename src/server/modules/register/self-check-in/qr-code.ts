// The QR code of the check-in link, as one PNG for the staff page and the printed poster.
import QRCode from 'qrcode';

export function checkInQrPng(url: string): Promise<Buffer> {
  // Error correction level M survives a creased or slightly dirty poster; the quiet zone is part
  // of the image so the code scans wherever it is placed.
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 600 });
}

export async function checkInQrDataUrl(url: string): Promise<string> {
  return `data:image/png;base64,${(await checkInQrPng(url)).toString('base64')}`;
}
