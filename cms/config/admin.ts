import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/lib/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const read = (key: string) => env(key);
  return {
    auth: {
      secret: requiredEnv(read, 'ADMIN_JWT_SECRET'),
    },
    apiToken: {
      salt: requiredEnv(read, 'API_TOKEN_SALT'),
    },
    transfer: {
      token: {
        salt: requiredEnv(read, 'TRANSFER_TOKEN_SALT'),
      },
    },
    secrets: {
      encryptionKey: requiredEnv(read, 'ENCRYPTION_KEY'),
    },
    // Sign-in attempts per e-mail address and client IP (Strapi keys the counter so): the sixth within
    // five minutes gets 429. The counter lives in memory, per Strapi instance; behind a reverse proxy set
    // CMS_BEHIND_PROXY=true so the client IP is the visitor's, not the proxy's.
    rateLimit: {
      enabled: true,
      interval: env.int('ADMIN_LOGIN_WINDOW_MS', 5 * 60_000),
      max: env.int('ADMIN_LOGIN_MAX_ATTEMPTS', 5),
    },
    flags: {
      nps: false,
      promoteEE: false,
    },
  };
};

export default config;
