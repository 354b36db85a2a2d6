// What the logs keep of a failed query: the SQL with its placeholders and the database's error,
// never the values that were bound to it (guests' names, email addresses).
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { serializeErrorForLog } from '../../src/server/platform/errors.ts';
import { startTestApp } from '../support/app.ts';

const t = await startTestApp();

describe('errors in the log', () => {
  it('keep the query and the database error of a failed query, without its parameters', async () => {
    const failure = await t.deps.db.execute(sql`SELECT ${'jan.de.vries@example.nl'}::integer AS n`).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).toContain('jan.de.vries@example.nl');

    const logged = JSON.stringify(serializeErrorForLog(failure));
    expect(logged).not.toContain('jan.de.vries');
    expect(logged).toContain('SELECT $1::integer AS n');
    expect(logged).toContain('22P02');
  });
});
