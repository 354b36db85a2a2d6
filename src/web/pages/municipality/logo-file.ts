// Reads the chosen logo file for the API: PNG or JPEG of at most 200 kB (the server checks the
// bytes again), as a data URL.
export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

export function isAcceptableLogo(file: File): boolean {
  return (LOGO_TYPES as readonly string[]).includes(file.type) && file.size > 0 && file.size <= LOGO_MAX_BYTES;
}

export function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable file')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}
