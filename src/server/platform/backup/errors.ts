// The one error the backup and restore commands raise for anything the operator can act on
// (wrong file, target not empty, missing client tools): the command line prints its message as
// one line and exits non-zero, without a stack trace.
export class BackupError extends Error {}

/** A child process's or driver's text as one line, with the database password (if any) blanked. */
export function oneLine(text: string, secret?: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return secret ? flat.split(secret).join('***') : flat;
}
