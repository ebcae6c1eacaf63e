/** The campaign catalog shipped with the app. */
import type { Campaign, Catalog } from '../domain/types';
import raw from './campaigns.json';

/** The campaign the tray counts down to. */
export const PRIMARY_CAMPAIGN_ID = 'meta-ai-training-eu-2025';

/** The built-in catalog. */
export function builtInCatalog(): Catalog {
  return raw as unknown as Catalog;
}

/** The campaign with this id, if the catalog has it. */
export function findCampaign(catalog: Catalog, id: string): Campaign | undefined {
  return catalog.campaigns.find((campaign) => campaign.id === id);
}
