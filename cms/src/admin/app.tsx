import type { StrapiApp } from '@strapi/strapi/admin';
import { RevisionPanel } from './revision-panel';

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
    (contentManager.apis as unknown as ContentManagerApis).addEditViewSidePanel([RevisionPanel]);
  },
};
