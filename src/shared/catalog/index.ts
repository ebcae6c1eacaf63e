/**
 * The campaign catalog shipped with the app, validated once against its schema before first use,
 * and the look-ups everything else uses. A new campaign is one entry in `campaigns.json`.
 */
import type { Campaign, CampaignTarget, Catalog, Platform, PlatformInfo } from '../domain/types';
import { loadCatalog } from './catalog-schema';
import raw from './campaigns.json' with { type: 'json' };

export { loadCatalog } from './catalog-schema';

let builtIn: Catalog | undefined;

/**
 * The built-in catalog, validated on first call. Throws (naming every bad field) when the shipped
 * JSON is invalid: a broken catalog is a build defect, never something to half-load.
 */
export function builtInCatalog(): Catalog {
  if (builtIn !== undefined) return builtIn;
  const checked = loadCatalog(raw);
  if (!checked.ok) throw new Error(`The built-in campaign catalog is invalid:\n${checked.errors.join('\n')}`);
  builtIn = checked.value;
  return builtIn;
}

/** The campaign with this id, if the catalog has it. */
export function findCampaign(catalog: Catalog, id: string): Campaign | undefined {
  return catalog.campaigns.find((campaign) => campaign.id === id);
}

/** The platform with this id, if the catalog lists it. */
export function platformInfo(catalog: Catalog, platform: Platform): PlatformInfo | undefined {
  return catalog.platforms.find((candidate) => candidate.id === platform);
}

/** The campaign's main target on this platform (the one its progress tracks), if it has one. */
export function targetFor(catalog: Catalog, campaignId: string, platform: Platform): CampaignTarget | undefined {
  return findCampaign(catalog, campaignId)?.targets.find((target) => target.platform === platform && target.role === 'main');
}

/** The campaign's extra targets on this platform: further pages offered beside the main one. */
export function extraTargetsFor(catalog: Catalog, campaignId: string, platform: Platform): readonly CampaignTarget[] {
  return findCampaign(catalog, campaignId)?.targets.filter((target) => target.platform === platform && target.role === 'extra') ?? [];
}

/** Every target (main and extra) on this platform across the catalog, with the id of its campaign, in catalog order. */
export function targetsOnPlatform(
  catalog: Catalog,
  platform: Platform,
): readonly { readonly campaignId: string; readonly target: CampaignTarget }[] {
  return catalog.campaigns.flatMap((campaign) =>
    campaign.targets.filter((target) => target.platform === platform).map((target) => ({ campaignId: campaign.id, target })),
  );
}
