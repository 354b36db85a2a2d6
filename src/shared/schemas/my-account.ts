// Request bodies of "Mijn account": the user's own name, email address, password and sessions;
// shared by the API and the web forms.
import { z } from 'zod';
import * as f from './fields.ts';
import { personName } from './organisations.ts';

export const accountNameSchema = z.object({ name: personName });

export const emailChangeSchema = z.object({ email: f.email, password: f.currentPassword });

export const confirmEmailChangeSchema = z.object({ code: f.emailCode });

export const changePasswordSchema = z.object({ currentPassword: f.currentPassword, newPassword: f.newPassword });

export const sessionIdParams = z.object({ id: z.uuid({ error: 'INVALID_TYPE' }) });
