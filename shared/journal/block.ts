/** What indented lines belong to. */
export const Block = {
  None: 0,
  Transaction: 1,
  /** An account, payee or tag directive: indented comment lines only. */
  Directive: 2,
  /** A commodity directive: indented `format` and comment lines. */
  Commodity: 3,
  /** After a refused or broken item: its indented lines are skipped. */
  Skip: 4,
  CommentBlock: 5,
} as const;
export type Block = (typeof Block)[keyof typeof Block];
