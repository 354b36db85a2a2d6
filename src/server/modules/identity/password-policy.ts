// Decides whether a new password is acceptable: length is checked by the shared schema; here
// zxcvbn (with Dutch and English dictionaries and the user's own data) rejects guessable ones.
// No composition rules (NIST SP 800-63B, OWASP ASVS 5.0 §6.2).
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import { fieldError } from '../../platform/errors.ts';

/** zxcvbn score 3 = "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...nl.dictionary },
  });
  return factory;
}

export function isGuessablePassword(password: string, userInputs: string[]): boolean {
  const inputs = userInputs.flatMap((v) => [v, v.replace(/[^\p{L}\p{N}]+/gu, ''), ...v.split(/[^\p{L}\p{N}]+/u)]).filter((v) => v.length > 2);
  // zxcvbn's cost grows steeply with length; beyond 100 characters only the start matters.
  return zxcvbn().check(password.slice(0, 100), inputs).score < MIN_SCORE;
}

export function assertStrongPassword(password: string, userInputs: string[], field = 'password'): void {
  if (isGuessablePassword(password, userInputs)) throw fieldError(field, 'PASSWORD_TOO_WEAK');
}
