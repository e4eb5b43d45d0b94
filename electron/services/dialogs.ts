export type SaveDialogRequest = {
  title: string;
  defaultFileName: string;
  /** The folder the dialog opens in; the user's Documents folder when absent. */
  defaultFolder?: string;
  filters: { name: string; extensions: string[] }[];
};

export type FolderDialogRequest = { title: string };

export type OpenDialogRequest = {
  title: string;
  filters: { name: string; extensions: string[] }[];
};

/** Native file dialogs. A path main writes to must come from here, never from the renderer. */
export interface Dialogs {
  /** Resolves the chosen absolute path, or null when the user cancels. */
  chooseSavePath(request: SaveDialogRequest): Promise<string | null>;
  // Optional so services and tests that only save files need not stub them; backup requires both.
  /** A folder to write into (backups); null when cancelled. */
  chooseFolder?(request: FolderDialogRequest): Promise<string | null>;
  /** An existing file to read (a backup to restore); null when cancelled. */
  chooseOpenFile?(request: OpenDialogRequest): Promise<string | null>;
}
