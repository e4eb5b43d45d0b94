// Characters Windows forbids in names (macOS and Linux forbid a subset of them).
const illegalInFileName = /[<>:"/\\|?*]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const controlCharacters = /[\u0000-\u001f\u007f]/g;
// Names Windows reserves for devices, with or without an extension (CON, con.txt, COM1).
const windowsDeviceName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const maxBaseNameLength = 100;

/**
 * A file name for the save dialog to suggest, from a report title: legal on Windows,
 * macOS and Linux, no path separators, no leading dot, never a device name, never empty.
 */
export function safeFileName(title: string, extension: string): string {
  let name = title
    .normalize('NFC')
    .replace(controlCharacters, ' ')
    .replace(illegalInFileName, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    // Leading dots hide files (or climb folders); trailing dots and spaces vanish on Windows.
    .replace(/^[\s.-]+/, '')
    .replace(/[\s.]+$/, '');
  name = Array.from(name).slice(0, maxBaseNameLength).join('').replace(/[\s.]+$/, '');
  if (name === '') name = 'report';
  if (windowsDeviceName.test(name)) name = `_${name}`;
  return `${name}.${extension}`;
}
