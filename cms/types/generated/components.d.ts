import type { Schema, Struct } from '@strapi/strapi';

export interface AgreementCouncilDecision extends Struct.ComponentSchema {
  collectionName: 'components_agreement_council_decision';
  info: {
    description: 'Municipal council decision.';
    displayName: 'Council decision';
  };
  attributes: {
    date: Schema.Attribute.Date;
    number: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    protocol: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
  };
}

export interface AgreementDocument extends Struct.ComponentSchema {
  collectionName: 'components_agreement_document';
  info: {
    description: 'A signed document (PDF).';
    displayName: 'Agreement document';
  };
  attributes: {
    file: Schema.Attribute.Media<'files'> & Schema.Attribute.Required;
    isTranslation: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    label: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    language: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
  };
}

export interface CampaignGoal extends Struct.ComponentSchema {
  collectionName: 'components_campaign_goal';
  info: {
    description: 'A measurable campaign goal.';
    displayName: 'Goal';
  };
  attributes: {
    achieved: Schema.Attribute.Decimal;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    target: Schema.Attribute.Decimal;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
  };
}

export interface CampaignSponsor extends Struct.ComponentSchema {
  collectionName: 'components_campaign_sponsor';
  info: {
    description: 'A sponsor or patron.';
    displayName: 'Sponsor';
  };
  attributes: {
    logo: Schema.Attribute.Media<'images'>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    tier: Schema.Attribute.Enumeration<['patron', 'gold', 'silver', 'bronze', 'partner']> &
      Schema.Attribute.DefaultTo<'partner'>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

export interface EventVenue extends Struct.ComponentSchema {
  collectionName: 'components_event_venue';
  info: {
    description: 'Where an event takes place.';
    displayName: 'Venue';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    latitude: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 90;
          min: -90;
        },
        number
      >;
    longitude: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 180;
          min: -180;
        },
        number
      >;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seo';
  info: {
    description: 'Search engine and sharing texts.';
    displayName: 'SEO';
  };
  attributes: {
    metaDescription: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 170;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    shareImage: Schema.Attribute.Media<'images'>;
  };
}

export interface SharedSocialLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_social_link';
  info: {
    description: 'An official social media account.';
    displayName: 'Social link';
  };
  attributes: {
    network: Schema.Attribute.Enumeration<
      ['facebook', 'mastodon', 'bluesky', 'telegram', 'youtube', 'instagram', 'x']
    > &
      Schema.Attribute.Required;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'agreement.council-decision': AgreementCouncilDecision;
      'agreement.document': AgreementDocument;
      'campaign.goal': CampaignGoal;
      'campaign.sponsor': CampaignSponsor;
      'event.venue': EventVenue;
      'shared.seo': SharedSeo;
      'shared.social-link': SharedSocialLink;
    }
  }
}
