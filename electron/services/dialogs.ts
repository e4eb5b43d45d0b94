export type SaveDialogRequest = {
  title: string;
  defaultFileName: string;
  filters: { name: string; extensions: string[] }[];
};

/** Native file dialogs. A path main writes to must come from here, never from the renderer. */
export interface Dialogs {
  /** Resolves the chosen absolute path, or null when the user cancels. */
  chooseSavePath(request: SaveDialogRequest): Promise<string | null>;
}
