/**
 * The WHATWG `TextDecoder`, which Node 20 and Chromium both have (with windows-1250/1251/1252
 * and iso-8859-2). shared/ compiles against the bare ES library, which does not declare it,
 * so this file declares the little we use instead of pulling in DOM or Node typings.
 */
type Decoder = { decode(bytes: Uint8Array): string };
declare const TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;

/** Decodes bytes; with `fatal`, returns null instead of substituting U+FFFD for invalid bytes. */
export function decodeBytes(bytes: Uint8Array, label: string, fatal = false): string | null {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
