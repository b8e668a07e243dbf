// The smallest valid data file: one metric, campaign, channel and asset, for tests that add what they check.
export const BASE = `version: 1
organization: { name: Test Org, timezone: Asia/Tokyo }
metrics:
  - { id: views, label: Views, kind: flow }
campaigns:
  - { id: c1, name: Campaign One, status: active, start: 2024-01-01 }
channels:
  - { id: yt, platform: youtube, handle: TestTube }
assets:
  - { id: a1, campaign: c1, title: Video One, language: en, published: 2024-01-02, channels: [yt] }
`;
