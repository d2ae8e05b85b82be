/** Where a problem sits in a source file: Astro's error overlay points at `line` and `column`. */
export interface SourcePosition {
  line: number | undefined;
  column: number | undefined;
}

/**
 * Error listing every unknown id an article uses (`file:line:col: unknown figure id "x"`, one per line),
 * positioned at the first one. Thrown by the `<Stat>` and `<Cite>` checks.
 */
export class UnknownIdError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(messages: readonly string[], first: SourcePosition) {
    super(messages.join('\n'));
    this.name = 'UnknownIdError';
    this.line = first.line;
    this.column = first.column;
  }
}
