/** Five campaigns with goals, sponsors (generated logos) and their events. */
import { CAMPAIGNS, type CampaignData } from '../data/campaigns';
import { EVENTS } from '../data/events';
import type { Locale } from '../documents';
import type { SeedContext } from '../context';
import { ensureLocalizedDocument } from '../documents';
import { heading, list, paragraphs } from '../blocks';
import { renderLogo } from '../images';
import { slugify } from '../translit';
import { ensureUpload } from '../uploads';
import type { SeededMedia } from './media';

const WHAT_WE_DO = { bg: 'Какво правим', en: 'What we do' } as const;

function localized(campaign: CampaignData, locale: Locale, logos: number[]) {
  return {
    title: campaign.title[locale],
    slug: slugify(campaign.title[locale]),
    summary: campaign.summary[locale],
    body: [...paragraphs(campaign.body[locale]), heading(WHAT_WE_DO[locale]), list(campaign.actions[locale])],
    goals: campaign.goals.map((goal) => ({
      label: goal.label[locale],
      target: goal.target,
      achieved: goal.achieved,
      unit: goal.unit[locale],
    })),
    sponsors: campaign.sponsors.map((sponsor, index) => ({
      name: sponsor.name[locale],
      url: sponsor.url ?? null,
      tier: sponsor.tier,
      logo: logos[index] ?? null,
    })),
  };
}

/** @returns campaign documentIds by data key. */
export async function seedCampaigns(
  ctx: SeedContext,
  media: SeededMedia,
  events: Map<string, string>,
): Promise<Map<string, string>> {
  const campaigns = new Map<string, string>();
  for (const campaign of CAMPAIGNS) {
    const logos: number[] = [];
    for (const sponsor of campaign.sponsors) {
      logos.push(
        await ensureUpload(ctx, {
          name: `dunavets-demo-logo-${slugify(sponsor.name.en)}.png`,
          mime: 'image/png',
          alternativeText: `Лого на ${sponsor.name.bg}`,
          render: () => renderLogo(sponsor.name.bg, sponsor.logoColour),
        }),
      );
    }
    const shared = {
      startDate: ctx.clock.day(campaign.startInDays),
      endDate: ctx.clock.day(campaign.endInDays),
      hero: media.files.get(campaign.heroMedia) ?? null,
      events: EVENTS.filter((event) => event.campaign === campaign.key && !event.draft)
        .map((event) => events.get(event.key))
        .filter((id): id is string => id !== undefined),
      reviewStage: 'approved',
    };
    const bg = localized(campaign, 'bg', logos);
    const { documentId } = await ensureLocalizedDocument(ctx, {
      uid: 'api::campaign.campaign',
      label: 'campaign',
      key: { slug: bg.slug },
      bg: { ...shared, ...bg },
      en: { ...shared, ...localized(campaign, 'en', logos) },
      publish: true,
    });
    campaigns.set(campaign.key, documentId);
  }
  return campaigns;
}
