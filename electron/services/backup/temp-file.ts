import { open } from 'node:fs/promises';

/** The few things the writer does with its temp file; tests pass a failing one to play a full disk. */
export interface WritableFile {
  write(bytes: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export type OpenWritableFile = (path: string) => Promise<WritableFile>;

/** Creates the file ('wx': never reuse or follow an existing one) and writes every byte asked for. */
export const openNewFile: OpenWritableFile = async (path) => {
  const handle = await open(path, 'wx');
  return {
    async write(bytes) {
      let done = 0;
      while (done < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
        done += bytesWritten;
      }
    },
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
};
