import { open, type FileHandle } from 'node:fs/promises';

/** Random access to a backup's bytes: the plain file, or the decrypted view of an encrypted one. */
export interface ByteSource {
  readonly size: number;
  /** Exactly `length` bytes from `offset`; throws when the source is shorter. */
  read(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

export class ShortReadError extends Error {
  constructor(offset: number, length: number) {
    super(`The file ends before byte ${offset + length}.`);
    this.name = 'ShortReadError';
  }
}

/** A file opened read-only; its size is taken once, so a file growing or shrinking underneath is noticed. */
export async function openFileSource(path: string): Promise<ByteSource & { handle: FileHandle }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return {
      handle,
      size,
      async read(offset, length) {
        if (offset < 0 || length < 0 || offset + length > size) throw new ShortReadError(offset, length);
        const buffer = new Uint8Array(length);
        let done = 0;
        while (done < length) {
          const { bytesRead } = await handle.read(buffer, done, length - done, offset + done);
          if (bytesRead === 0) throw new ShortReadError(offset, length);
          done += bytesRead;
        }
        return buffer;
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** An in-memory source, for tests and small files. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    async read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > bytes.length) throw new ShortReadError(offset, length);
      return bytes.subarray(offset, offset + length);
    },
    close: async () => {},
  };
}
