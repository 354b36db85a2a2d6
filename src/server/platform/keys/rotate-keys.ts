// `npm run admin -- rotate-key`: after SECRET_KEY was changed (the former key in
// SECRET_KEY_PREVIOUS), moves everything that may be rewritten under the new key: TOTP secrets
// (set up and being set up) and queued or undelivered messages. The register keeps its stays and
// versions exactly as written (their hashes are its tamper evidence), so the data keys of the
// former secret keys are sealed under the new one instead (retired_keys). Afterwards
// SECRET_KEY_PREVIOUS can be removed. One transaction: a failed rotation changes nothing.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.ts';
import { recordAudit } from '../audit.ts';
import type { Cipher } from '../crypto.ts';
import { sealKey } from './keyring.ts';

export interface RotationReport {
  currentKeyId: string;
  /** Keys sealed under the current key for the register's fields. */
  retiredKeyIds: string[];
  totpSecrets: number;
  queuedMessages: number;
  /** Document numbers and signatures in the register that stay under a retired key. */
  registerFieldsUnderRetiredKeys: number;
}

export async function rotateKeys(db: Db, cipher: Cipher, now: Date): Promise<RotationReport> {
  const current = cipher.currentKeyId;
  const notCurrent = (column: ReturnType<typeof sql>) => sql`split_part(${column}, '.', 1) <> ${current}`;
  return db.transaction(async (tx) => {
    const retiredKeyIds: string[] = [];
    for (const key of cipher.otherKeys()) {
      await tx.execute(sql`
        INSERT INTO retired_keys (id, sealed, retired_at) VALUES (${key.id}, ${sealKey(cipher, key)}, ${now})
        ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed`);
      retiredKeyIds.push(key.id);
    }

    let totpSecrets = 0;
    for (const table of ['totp_credentials', 'totp_enrolments']) {
      const rows = await queryRows<{ user_id: string; secret_encrypted: string }>(
        tx,
        sql`
        SELECT user_id, secret_encrypted FROM ${sql.identifier(table)}
        WHERE ${notCurrent(sql`secret_encrypted`)} FOR UPDATE`,
      );
      for (const row of rows) {
        await tx.execute(sql`
          UPDATE ${sql.identifier(table)} SET secret_encrypted = ${cipher.encrypt(cipher.decrypt(row.secret_encrypted))}
          WHERE user_id = ${row.user_id}`);
      }
      totpSecrets += rows.length;
    }

    const jobs = await queryRows<{ id: string; sealed: string }>(
      tx,
      sql`
      SELECT id, payload->>'sealed' AS sealed FROM jobs
      WHERE status IN ('pending', 'dead') AND payload->>'sealed' IS NOT NULL AND ${notCurrent(sql`payload->>'sealed'`)}
      FOR UPDATE`,
    );
    for (const job of jobs) {
      const sealed = cipher.encrypt(cipher.decrypt(job.sealed));
      await tx.execute(sql`UPDATE jobs SET payload = jsonb_set(payload, '{sealed}', to_jsonb(${sealed}::text)) WHERE id = ${job.id}`);
    }

    const [register] = await queryRows<{ count: string }>(
      tx,
      sql`
      SELECT count(*) AS count FROM stays
      WHERE (guest->>'documentNumber' IS NOT NULL AND ${notCurrent(sql`guest->>'documentNumber'`)})
         OR (signature IS NOT NULL AND ${notCurrent(sql`signature`)})`,
    );
    const report: RotationReport = {
      currentKeyId: current,
      retiredKeyIds,
      totpSecrets,
      queuedMessages: jobs.length,
      registerFieldsUnderRetiredKeys: Number(register?.count ?? 0),
    };
    await recordAudit(tx, { action: 'secret_key.rotated', occurredAt: now, details: { ...report } });
    return report;
  });
}
