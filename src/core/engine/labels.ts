import type { Dataset } from '../model/dataset.ts';
import { parseDay } from '../model/dates.ts';
import { countryName, languageName, platformName } from '../model/names.ts';
import type { Dimension, Scope } from '../plan/plan-schema.ts';
import { bucketLabel } from './time-buckets.ts';

/** The display name of a group key along a dimension. */
export function keyLabel(ds: Dataset, dimension: Dimension, key: string): string {
  switch (dimension) {
    case 'campaign':
    case 'asset':
      return ds.nameOf(key);
    case 'channel': {
      const c = ds.channels.get(key);
      if (!c) return key;
      return c.platform === 'other' ? (c.name ?? c.handle) : `${c.handle} (${platformName(c.platform)})`;
    }
    case 'platform':
      return platformName(key);
    case 'language':
      return languageName(key);
    case 'market':
      return countryName(key);
    case 'day':
    case 'week':
    case 'month': {
      // A calendar bucket's key is its first day.
      const first = parseDay(key);
      return first === undefined ? key : bucketLabel(dimension, first, first, true);
    }
  }
}

/** "Neon Bridges on YouTube", "Japanese videos", "Harbourview Promotion Office": what a scope covers, in words. */
export function scopeLabel(ds: Dataset, scope: Scope): string {
  const parts: string[] = [];
  if (scope.asset) parts.push(ds.nameOf(scope.asset));
  else if (scope.campaign) parts.push(ds.nameOf(scope.campaign));
  const language = scope.language ? `${languageName(scope.language)}-language ` : '';
  if (scope.market) parts.push(`${language}content for ${countryName(scope.market)}`);
  else if (language) parts.push(`${language}content`);
  if (scope.channel) {
    const c = ds.channels.get(scope.channel);
    parts.push(
      parts.length
        ? `on ${keyLabel(ds, 'channel', scope.channel)}`
        : c
          ? keyLabel(ds, 'channel', scope.channel)
          : scope.channel,
    );
  } else if (scope.platform)
    parts.push(parts.length ? `on ${platformName(scope.platform)}` : platformName(scope.platform));
  return parts.length ? parts.join(' ') : ds.catalog.organization.name;
}
