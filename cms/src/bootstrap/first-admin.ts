import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const firstAdminEnv = z.object({
  GLASNIK_ADMIN_EMAIL: z.email(),
  GLASNIK_ADMIN_PASSWORD: z.string().min(8),
  GLASNIK_ADMIN_FIRSTNAME: z.string().min(1).default('Glasnik'),
  GLASNIK_ADMIN_LASTNAME: z.string().min(1).default('Administrator'),
});

/**
 * Creates the first administrator from GLASNIK_ADMIN_EMAIL / GLASNIK_ADMIN_PASSWORD when there is no
 * admin yet. Without those variables nothing happens (the admin panel then asks for one).
 * @throws {Error} when the variables are set but invalid (not an e-mail, password under 8 characters).
 */
export async function ensureFirstAdmin(
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (!env.GLASNIK_ADMIN_EMAIL || !env.GLASNIK_ADMIN_PASSWORD) return;
  const parsed = firstAdminEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `GLASNIK_ADMIN_EMAIL / GLASNIK_ADMIN_PASSWORD are set but invalid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}. Fix them in cms/.env.`,
    );
  }
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const {
    GLASNIK_ADMIN_EMAIL: email,
    GLASNIK_ADMIN_PASSWORD: password,
    GLASNIK_ADMIN_FIRSTNAME: firstname,
    GLASNIK_ADMIN_LASTNAME: lastname,
  } = parsed.data;
  await users.createFirstAdmin({ email: email.toLowerCase(), password, firstname, lastname });
  strapi.log.info(`Glasnik: created the first administrator ${email}.`);
}
