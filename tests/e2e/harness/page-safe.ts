/**
 * Playwright's serializer keeps JSON, Date, typed arrays and a few more, but silently
 * turns ArrayBuffer, Map, Set and Blob (and a Node Buffer) into `{}`. Electron's
 * structured clone keeps them. So results are converted (Buffer → Uint8Array) or refused
 * loudly, and a test can never pass on data Electron would deliver differently.
 */
export function toPageSafe(value: unknown, path = 'result'): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Buffer.isBuffer(value)) return new Uint8Array(value);
  if (value instanceof Uint8Array || value instanceof Date) return value;
  if (value instanceof ArrayBuffer || value instanceof Map || value instanceof Set || ArrayBuffer.isView(value)) {
    throw new Error(`${path} holds a ${value.constructor.name}; the IPC contract carries only plain objects, arrays and Uint8Array.`);
  }
  if (Array.isArray(value)) return value.map((item, index) => toPageSafe(item, `${path}[${index}]`));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new Error(`${path} is a ${String((value as object).constructor?.name)}; only plain objects cross IPC.`);
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPageSafe(item, `${path}.${key}`)]));
}
