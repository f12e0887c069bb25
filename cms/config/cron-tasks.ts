import type { Core } from '@strapi/strapi';
import { releaseDueEmbargoes, refreshDerivedStatuses } from '../src/services/embargo-release';

/**
 * Scheduled jobs. Strapi's own scheduled publishing (Releases) is Enterprise-only, so the embargo
 * release is a cron task reading its schedule from the database every minute.
 */
export default {
  releaseEmbargoes: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await releaseDueEmbargoes(strapi, new Date());
    },
    options: { rule: '* * * * *' },
  },
  refreshDerivedStatuses: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await refreshDerivedStatuses(strapi, new Date());
    },
    // Shortly after midnight in Sofia, when campaigns close and agreements expire.
    options: { rule: '5 0 * * *', tz: 'Europe/Sofia' },
  },
};
