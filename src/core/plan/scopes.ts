import type { Ref } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { Dimension, Scope } from './plan-schema.ts';

/** The first thing of each kind named: a piece of content is narrower than its campaign, an account than its platform. */
export function buildScope(refs: (kind: Ref['kind']) => Ref[]): Scope {
  const scope: Scope = {};
  const asset = refs('asset')[0]?.id;
  const campaign = refs('campaign')[0]?.id;
  const channel = refs('channel')[0]?.id;
  if (asset) scope.asset = asset;
  else if (campaign) scope.campaign = campaign;
  if (channel) scope.channel = channel;
  const platform = refs('platform')[0]?.id;
  if (platform && !channel) scope.platform = platform;
  const language = refs('language')[0]?.id;
  if (language) scope.language = language;
  const market = refs('market')[0]?.id;
  if (market) scope.market = market;
  return scope;
}

/** Two or more things of one kind named in a question ("YouTube and TikTok") become separate scopes. */
export function comparableScopes(mentions: Mention[], base: Scope, mixed: boolean): Scope[] {
  // "Behind the Boats vs the night campaign", "the campaign and its own video": named things of both kinds,
  // each its own subject, in the order named. Without a comparison or a list ("and", "or") a video named
  // with its campaign is only more precise.
  const named = mentions.flatMap((m) =>
    m.refs.filter((r) => r.kind === 'asset' || r.kind === 'campaign').slice(0, 1),
  );
  const distinct = [...new Map(named.map((r) => [`${r.kind}:${r.id}`, r])).values()];
  if (mixed && distinct.length >= 2 && new Set(distinct.map((r) => r.kind)).size === 2) {
    const rest = { ...base };
    delete rest.asset;
    delete rest.campaign;
    return distinct.slice(0, 6).map((r) => ({ ...rest, [r.kind]: r.id }));
  }
  const kinds: (keyof Scope)[] = ['asset', 'campaign', 'channel', 'platform', 'language', 'market'];
  for (const kind of kinds) {
    const ids = [
      ...new Set(
        mentions.flatMap((m) =>
          m.refs
            .filter((r) => r.kind === kind)
            .slice(0, 1)
            .map((r) => r.id),
        ),
      ),
    ];
    if (ids.length >= 2) return ids.map((id) => oneOf(base, kind, id));
  }
  return [];
}

/** The base scope with one thing of a kind in place of any other of the same family. */
function oneOf(base: Scope, kind: keyof Scope, id: string): Scope {
  const s: Scope = { ...base, [kind]: id };
  if (kind === 'asset' || kind === 'campaign') {
    delete s.asset;
    delete s.campaign;
    s[kind] = id;
  }
  if (kind === 'platform' || kind === 'channel') {
    delete s.platform;
    delete s.channel;
    s[kind] = id;
  }
  return s;
}

/** The scope without the dimension a breakdown or ranking goes along. */
export function withoutDimension(scope: Scope, dim: Dimension): Scope {
  const s = { ...scope };
  if (dim === 'asset') delete s.asset;
  if (dim === 'campaign') delete s.campaign;
  if (dim === 'channel') delete s.channel;
  if (dim === 'platform') delete s.platform;
  if (dim === 'language') delete s.language;
  if (dim === 'market') delete s.market;
  return s;
}

/** "and Instagram?": a follow-up's things replace the previous ones of the same family. */
export function mergeScope(old: Scope, added: Scope): Scope {
  const s = { ...old };
  if (added.asset || added.campaign) {
    delete s.asset;
    delete s.campaign;
  }
  if (added.channel || added.platform) {
    delete s.channel;
    delete s.platform;
  }
  return { ...s, ...added };
}
