import type { StrapiApp } from '@strapi/strapi/admin';
import { RevisionPanel } from './revision-panel';
import { PublishingPanel } from './publishing-panel'; // publish to live (issue 7)

interface ContentManagerApis {
  addEditViewSidePanel: (panels: unknown[]) => void;
}

export default {
  config: {
    locales: ['bg'],
  },
  bootstrap(app: StrapiApp) {
    // Glasnik's review stage, embargo schedule and revision log next to every entry.
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as unknown as ContentManagerApis).addEditViewSidePanel([
      RevisionPanel,
      PublishingPanel,
    ]);
  },
};
