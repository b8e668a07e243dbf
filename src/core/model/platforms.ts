// The data contract's known platforms (data-format.md, "Platforms") and the names people use for them. Any other
// lowercase id is valid too and is called by its id.

interface KnownPlatform {
  name: string;
  /** How people write it, lowercased and normalized as questions are. */
  called: string[];
  /** The name is an ordinary word too ("line", "threads", "site"): read as the platform only when the data has it. */
  ordinary?: boolean;
}

export const KNOWN_PLATFORMS: Readonly<Record<string, KnownPlatform>> = {
  youtube: { name: 'YouTube', called: ['youtube', 'you tube', 'yt'] },
  instagram: { name: 'Instagram', called: ['instagram', 'ig', 'insta'] },
  tiktok: { name: 'TikTok', called: ['tiktok', 'tik tok', 'tt'] },
  // A different platform from TikTok, never one of its names.
  douyin: { name: 'Douyin', called: ['douyin', '抖音'] },
  facebook: { name: 'Facebook', called: ['facebook', 'fb', 'meta'] },
  x: { name: 'X', called: ['twitter', 'x com', 'x twitter'] },
  threads: { name: 'Threads', called: ['threads'], ordinary: true },
  linkedin: { name: 'LinkedIn', called: ['linkedin', 'linked in'] },
  weibo: { name: 'Weibo', called: ['weibo', 'sina weibo'] },
  wechat: { name: 'WeChat', called: ['wechat', 'weixin', 'we chat'] },
  bilibili: { name: 'Bilibili', called: ['bilibili', 'b站'] },
  xiaohongshu: { name: 'Xiaohongshu', called: ['xiaohongshu', 'rednote', 'red note', '小红书'] },
  kuaishou: { name: 'Kuaishou', called: ['kuaishou'] },
  line: { name: 'LINE', called: ['line'], ordinary: true },
  kakao: { name: 'Kakao', called: ['kakaotalk', 'kakao talk', 'kakao'] },
  naver: { name: 'Naver', called: ['naver'] },
  vk: { name: 'VK', called: ['vk', 'vkontakte'] },
  telegram: { name: 'Telegram', called: ['telegram'] },
  website: { name: 'Website', called: ['website', 'site', 'web'], ordinary: true },
  // The catch-all, only as a phrase: "other" alone is an ordinary word.
  other: { name: 'Other', called: ['other platform', 'other platforms', 'other channels'] },
};

export const platformName = (id: string): string => KNOWN_PLATFORMS[id]?.name ?? id;
