/**
 * Look-ups in a catalog (any catalog: the built-in one or an accepted update). Pure, and free of
 * the built-in catalog itself, so the renderer can use them without bundling campaigns.json (the
 * desktop app's renderer gets the catalog in use from main). `index.ts` re-exports all of them.
 */
import type { Campaign, CampaignTarget, Catalog, Platform, PlatformInfo } from '../domain/types';

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

/**
 * A target of the campaign on this platform: its main target when `targetId` is absent (or is the
 * platform id), else the extra target with that id. What `guide:open` and recorded steps name.
 */
export function findTarget(catalog: Catalog, campaignId: string, platform: Platform, targetId?: string): CampaignTarget | undefined {
  if (targetId === undefined || targetId === platform) return targetFor(catalog, campaignId, platform);
  return findCampaign(catalog, campaignId)?.targets.find((target) => target.platform === platform && target.id === targetId);
}
