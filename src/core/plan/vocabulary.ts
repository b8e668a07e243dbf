// General English for reading questions about campaigns. Nothing here names a dataset: names come from the
// data file through the lexicon.

/** Common extra names of countries that ICU spells differently. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['usa', 'america', 'united states of america', 'the states'],
  GB: ['uk', 'britain', 'great britain', 'england'],
  KR: ['korea', 'south korea', 'republic of korea'],
  CN: ['china', 'mainland china', 'prc'],
  AE: ['uae', 'emirates'],
  RU: ['russia'],
  NL: ['holland', 'the netherlands'],
};

/** Common names of languages that ICU spells differently. */
export const LANGUAGE_ALIASES: Record<string, string[]> = {
  mi: ['te reo', 'te reo maori', 'maori'],
  zh: ['mandarin', 'chinese'],
  yue: ['cantonese'],
  fa: ['farsi'],
};

export const STATUS_WORDS: Record<string, string[]> = {
  active: [
    'active',
    'running',
    'ongoing',
    'in progress',
    'currently running',
    'live',
    'current',
    'underway',
    'in flight',
  ],
  planned: [
    'planned',
    'upcoming',
    'next',
    'scheduled',
    'coming up',
    'in the pipeline',
    'not started',
    'not yet started',
    'haven t started',
    'hasn t started',
    'yet to start',
    'yet to begin',
    'not start',
    'not begin',
    'not begun',
    'not launched',
    'not yet launched',
    'hasn t launched',
    'haven t launched',
    'yet to launch',
  ],
  paused: ['paused', 'on hold', 'on pause', 'suspended'],
  completed: [
    'completed',
    'finished',
    'ended',
    'wrapped up',
    'finish already',
    'end already',
    'already over',
    'done',
  ],
};

/** Nouns that say what kind of thing a question is about. */
export const TYPE_NOUNS: Record<
  string,
  'asset' | 'campaign' | 'channel' | 'platform' | 'language' | 'market'
> = {
  video: 'asset',
  videos: 'asset',
  vid: 'asset',
  vids: 'asset',
  clip: 'asset',
  clips: 'asset',
  film: 'asset',
  films: 'asset',
  movie: 'asset',
  movies: 'asset',
  asset: 'asset',
  assets: 'asset',
  content: 'asset',
  contents: 'asset',
  post: 'asset',
  posts: 'asset',
  piece: 'asset',
  pieces: 'asset',
  podcast: 'asset',
  podcasts: 'asset',
  episode: 'asset',
  episodes: 'asset',
  photo: 'asset',
  photos: 'asset',
  image: 'asset',
  images: 'asset',
  story: 'asset',
  stories: 'asset',
  article: 'asset',
  articles: 'asset',
  short: 'asset',
  shorts: 'asset',
  reel: 'asset',
  reels: 'asset',
  item: 'asset',
  items: 'asset',
  campaign: 'campaign',
  campaigns: 'campaign',
  series: 'campaign',
  project: 'campaign',
  projects: 'campaign',
  initiative: 'campaign',
  initiatives: 'campaign',
  channel: 'channel',
  channels: 'channel',
  account: 'channel',
  accounts: 'channel',
  handle: 'channel',
  handles: 'channel',
  profile: 'channel',
  profiles: 'channel',
  page: 'channel',
  pages: 'channel',
  platform: 'platform',
  platforms: 'platform',
  network: 'platform',
  networks: 'platform',
  language: 'language',
  languages: 'language',
  market: 'market',
  markets: 'market',
  country: 'market',
  countries: 'market',
  region: 'market',
  regions: 'market',
};

/** Words that carry no name: if a question has only these besides resolved names, nothing is unknown. */
export const GENERIC_WORDS = new Set(
  `a about above across after again against all also am an and any are around as at back be been before
  being below best between biggest both breakdown break bring but by can compare compared comparison could count
  current daily data day days did do does doing done down during each either ever every far few fewer fewest for
  from gain gained gains get gets getting give go going good got grew grow growing grown growth had has have how
  however i if in include including increase increased into is it its just last latest least less let like list
  lowest many me month monthly months more most much my need new next no not now number of on one only or other
  our ours out over overall past per performance performed performing please previous prior quarter quick rank
  ranked ranking rankings rate really right same see share show since so some split status summarize summary
  tell than that the their them then there these they this those through to today top total totals tell track
  tracking trend under up us versus vs was we week weekly weeks well were what whats when where which who whom
  whose why will with within won would year yearly years yesterday you your best worst highest lower higher
  top-performing leading strongest weakest largest smallest results result stats statistics numbers figure figures
  metric metrics kpi kpis goal goals target targets progress objective objectives against toward towards reach reached
  available avaliable dubbed dub dubbing translated translation version versions owns own owner owned manages run runs
  published publish released release launched launch live start started starts began end ended ends finish
  award awards win won prize prizes honor honors honour honours recognition recognized received receive index
  position placed place tier world city cities overview details detail info information anything everything
  something thing things give quickly please thanks thank hi hello hey pulse bot so far until till to-date
  date dates period periods time ago altogether combined together sum summed aggregate aggregated average
  happen happened doing does did compare versus each every per whole entire full our we us team
  q1 q2 q3 q4 first second third fourth quarterly week-over-week wow mom yoy change changes changed
  drop dropped drops fall fell rise rose rises climb climbed jump jumped lose lost net added add
  popular popularity viral successful success engaging engagement trending recent recently newest oldest older newer
  big bigger small smaller great greater good better bad poor strong stronger weak weaker high low long short
  audience audiences people viewers followers fans watched viewed seen liked shared reached made created produced
  doing perform performs performed performance working works worked going went come came how's what's who's where's
  there's it's that's let's count counts amount amounts level levels value values figure score scores
  averages averaged avg mean typical typically pick picks picked picking
  office bureau board department agency organisation organization company council team museum gallery
  library university institute foundation itself ourselves terms course pace basis general moment regard
  respect relation particular fact addition brief nutshell social socials media online internet web digital
  charge responsible looks look after handles handle handled manage managed form minutes hours seconds
  favourite favorite`
    .split(/\s+/)
    .filter(Boolean),
);

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};

/** What a content noun means as a format: an asset matches when its `format` contains one of these stems. */
export const FORMAT_NOUNS: Record<string, string[]> = {
  video: ['video', 'film', 'movie', 'clip', 'reel', 'short', 'vlog', 'trailer', 'promo'],
  clip: ['video', 'clip', 'reel', 'short'],
  film: ['film', 'movie', 'documentary'],
  movie: ['film', 'movie'],
  post: ['post', 'photo', 'image', 'carousel', 'tweet'],
  article: ['article', 'story', 'blog', 'news', 'feature'],
  podcast: ['podcast', 'audio', 'episode'],
  episode: ['podcast', 'episode'],
  photo: ['photo', 'image', 'post'],
  image: ['photo', 'image', 'post'],
  reel: ['reel', 'short', 'video'],
  short: ['short', 'reel', 'video'],
};

/**
 * Measures people ask about. When one of these is in a question but not among the data's metrics, the answer
 * says so instead of giving another metric's figure.
 */
export const METRIC_WORDS = new Set(
  `views likes shares comments followers subscribers clicks impressions engagements saves reposts retweets reactions
  plays streams listens installs downloads signups registrations visits visitors sessions pageviews conversions
  mentions members fans viewers listeners readers opens replies votes donations tickets sales orders reach
  download click impression engagement subscriber follower comment`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Measures the platforms export (imports.md's layouts) whose words are ordinary alone — "watch", "time",
 * "rate" — so no single word says a measure was asked for. When the data has no such metric, the words are
 * left to this table, and the question is refused instead of answered with another measure.
 */
export const METRIC_PHRASES: readonly (readonly string[])[] = [
  ['watch', 'time'],
  ['watch', 'hours'],
  ['watch', 'minutes'],
  ['hours', 'watched'],
  ['minutes', 'watched'],
  ['time', 'watched'],
  ['view', 'duration'],
  ['average', 'view', 'duration'],
  ['click', 'through', 'rate'],
  ['engagement', 'rate'],
];

/** Nationality words for "the Italian market", "Japanese audiences": the country, when the data targets it. */
export const DEMONYMS: Record<string, string> = {
  japanese: 'JP',
  korean: 'KR',
  chinese: 'CN',
  swedish: 'SE',
  spanish: 'ES',
  german: 'DE',
  french: 'FR',
  italian: 'IT',
  portuguese: 'PT',
  dutch: 'NL',
  brazilian: 'BR',
  american: 'US',
  british: 'GB',
  indian: 'IN',
  mexican: 'MX',
  canadian: 'CA',
  australian: 'AU',
  russian: 'RU',
  thai: 'TH',
  vietnamese: 'VN',
  indonesian: 'ID',
  turkish: 'TR',
  polish: 'PL',
  greek: 'GR',
  danish: 'DK',
  norwegian: 'NO',
  finnish: 'FI',
  singaporean: 'SG',
  emirati: 'AE',
  saudi: 'SA',
  egyptian: 'EG',
};

/** Greetings, thanks and chat that ask for nothing: answered with a short hello and examples, never a figure. */
export const SMALL_TALK = new Set(
  `hi hey hello hiya howdy yo sup morning afternoon evening good day thanks thank thx ty cheers great awesome
  nice cool perfect brilliant lovely amazing excellent ok okay kk alright sure got bye goodbye later welcome
  appreciate appreciated helpful lol haha wow`
    .split(/\s+/)
    .filter(Boolean),
);
