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
    flags: {
      nps: false,
      promoteEE: false,
    },
  };
};

export default config;
