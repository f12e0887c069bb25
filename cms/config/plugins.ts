import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/lib/required-env';
import { ALLOWED_UPLOAD_TYPES, DENIED_UPLOAD_TYPES } from '../src/lib/upload-policy';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv((key) => env(key), 'JWT_SECRET'),
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
      // Glasnik has no public accounts: citizens only read.
      register: { allowedFields: [] },
    },
  },
  i18n: {
    config: { defaultLocale: 'bg' },
  },
  upload: {
    config: {
      sizeLimit: env.int('CMS_MAX_UPLOAD_BYTES', 60 * 1024 * 1024),
      breakpoints: { xlarge: 1920, large: 1280, medium: 750, small: 500 },
      // Uploaded files never change under the same name (Strapi adds a hash), so caches may keep them:
      // the site build then reuses its optimised images instead of downloading and re-encoding them.
      providerOptions: { localServer: { maxage: 365 * 24 * 60 * 60 * 1000 } },
      security: {
        allowedTypes: [...ALLOWED_UPLOAD_TYPES],
        deniedTypes: [...DENIED_UPLOAD_TYPES],
      },
    },
  },
});

export default config;
