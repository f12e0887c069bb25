import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // Only the public site (and the admin itself) may call the API from a browser.
      origin: env.array('CMS_CORS_ORIGINS', [`http://127.0.0.1:${env.int('SITE_PORT', 4321)}`, `http://localhost:${env.int('SITE_PORT', 4321)}`]),
      methods: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // A broken request body is answered 400, not 500 (src/security/body-parse-errors.ts); paths are
  // relative to the compiled app (dist/).
  { resolve: './src/security/middlewares/body-read-errors' },
  {
    name: 'strapi::body',
    config: {
      // JSON bodies are small; uploads (multipart) may carry a 30 MB photo, and anything larger gets 413.
      jsonLimit: '1mb',
      formLimit: '1mb',
      textLimit: '1mb',
      formidable: { maxFileSize: env.int('CMS_MAX_UPLOAD_BYTES', 60 * 1024 * 1024) },
    },
  },
  { resolve: './src/security/middlewares/body-read-marker' },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
