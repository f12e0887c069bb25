import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      // Strapi's defaults, written out so a change is deliberate. The admin panel runs its own bundled
      // scripts only; media may come from this CMS and, with an S3 upload provider, from
      // CMS_MEDIA_ORIGINS (e.g. https://bucket.s3.eu-central-1.amazonaws.com).
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'script-src-attr': ["'none'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'self'"],
          'connect-src': ["'self'", 'https:'],
          'img-src': [
            "'self'",
            'data:',
            'blob:',
            'https://market-assets.strapi.io',
            ...env.array('CMS_MEDIA_ORIGINS', []),
          ],
          'media-src': ["'self'", 'data:', 'blob:', ...env.array('CMS_MEDIA_ORIGINS', [])],
          upgradeInsecureRequests: null,
        },
      },
      frameguard: { action: 'sameorigin' },
      referrerPolicy: { policy: 'no-referrer' },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      // Only the public site (and the admin itself) may call the API from a browser.
      origin: env.array('CMS_CORS_ORIGINS', [
        `http://127.0.0.1:${env.int('SITE_PORT', 4321)}`,
        `http://localhost:${env.int('SITE_PORT', 4321)}`,
      ]),
      methods: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'],
    },
  },
  // No strapi::poweredBy: the X-Powered-By header only tells scanners which software to try.
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
