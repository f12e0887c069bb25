import type { Core } from '@strapi/strapi';
import { requiredEnvList } from '../src/lib/required-env';
import cronTasks from './cron-tasks';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  // Loopback by default: in production a reverse proxy sits in front (see README, production guide).
  host: env('HOST', '127.0.0.1'),
  port: env.int('CMS_PORT', env.int('PORT', 1337)),
  url: env('CMS_PUBLIC_URL', ''),
  proxy: env.bool('CMS_BEHIND_PROXY', false),
  // Uploads go to <public>/uploads; tests and throw-away systems point this at a temporary folder.
  dirs: { public: env('CMS_PUBLIC_DIR', './public') },
  app: {
    keys: requiredEnvList((key) => env(key), 'APP_KEYS'),
  },
  // Embargo release and date-derived statuses (config/cron-tasks.ts). Tests switch it off and call
  // the release function with their own clock.
  cron: { enabled: env.bool('CMS_CRON_ENABLED', true), tasks: cronTasks },
  webhooks: {
    populateRelations: false,
  },
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('CMS_STARTUP_BANNER', false) },
  },
});

export default config;
