import { join } from 'node:path';
import type { Dialogs, FolderDialogRequest, OpenDialogRequest, SaveDialogRequest } from '../../../electron/services/dialogs';

/**
 * The one stand-in in the harness: no native file dialog exists in a headless browser,
 * so the "user" answers from a script. By default they accept the suggested name in
 * the suggested folder (the given one when none is suggested); a test can answer with
 * another path or cancel.
 */
export class ScriptedDialogs implements Dialogs {
  readonly asked: SaveDialogRequest[] = [];
  private readonly answers: (string | null)[] = [];

  constructor(private readonly defaultFolder: string) {}

  /** The next save dialog answers with this path, or is cancelled with null. */
  answerNextSave(path: string | null): void {
    this.answers.push(path);
  }

  async chooseSavePath(request: SaveDialogRequest): Promise<string | null> {
    this.asked.push(request);
    if (this.answers.length > 0) return this.answers.shift() ?? null;
    return join(request.defaultFolder ?? this.defaultFolder, request.defaultFileName);
  }

  readonly askedFolder: FolderDialogRequest[] = [];
  readonly askedOpen: OpenDialogRequest[] = [];
  private readonly folderAnswers: (string | null)[] = [];
  private readonly openAnswers: (string | null)[] = [];

  /** The next folder dialog answers with this folder, or is cancelled with null. */
  answerNextFolder(path: string | null): void {
    this.folderAnswers.push(path);
  }

  /** The next open-file dialog answers with this file, or is cancelled with null. */
  answerNextOpen(path: string | null): void {
    this.openAnswers.push(path);
  }

  /** Unscripted folder and open dialogs are cancelled: a test must say what the user picks. */
  async chooseFolder(request: FolderDialogRequest): Promise<string | null> {
    this.askedFolder.push(request);
    return this.folderAnswers.shift() ?? null;
  }

  async chooseOpenFile(request: OpenDialogRequest): Promise<string | null> {
    this.askedOpen.push(request);
    return this.openAnswers.shift() ?? null;
  }
}
