/**
 * The words the rules understand, grouped by idea and spelled once. Every rule that tests a question's wording
 * builds its pattern from these lists, so that a word added here reaches every rule about that idea, and so that
 * a question's words can be told apart: explained by some concept, or not understood.
 *
 * Words are written as normalized questions spell them (lower case, apostrophes become spaces: "hasn t"), each
 * form in full ("honour", "honours", "honor", "honors") so that a word-by-word reading can find them. A word may
 * belong to two concepts when it plays two parts ("launch" starts a campaign and publishes a video).
 */
export const CONCEPTS = {
  // Changes of a quantity. A stock's change and a flow's change are told by different subsets (see
  // word-patterns.ts): "new" and "net" say a stock grew, but "new videos" are not a flow that grew.
  rising: [
    'improve',
    'improves',
    'improving',
    'grow',
    'grew',
    'grown',
    'growth',
    'increase',
    'increased',
    'rise',
    'rose',
    'risen',
    'climb',
    'climbed',
    'jump',
    'jumped',
    'improved',
    'pick up',
    'picks up',
    'picked up',
    'picking up',
    'go up',
    'goes up',
    'went up',
    'gone up',
    'spike',
    'spiked',
    'surge',
    'surged',
    'soar',
    'soared',
  ],
  falling: [
    'decrease',
    'decreased',
    'decline',
    'declined',
    'fall',
    'fell',
    'fallen',
    'drop',
    'dropped',
    'go down',
    'goes down',
    'went down',
    'gone down',
    'dip',
    'dipped',
    'slump',
    'slumped',
    'plunge',
    'plunged',
    'tank',
    'tanked',
    'plummet',
    'plummeted',
  ],
  gaining: ['gain', 'gained', 'gains', 'add', 'adds', 'added', 'new', 'net'],
  losing: ['lost', 'lose', 'loses', 'losing', 'shed', 'sheds', 'loss', 'losses'],
  changing: ['change', 'changed', 'trend', 'trending', 'up or down'],
  /** "Why are views down?": which way a figure went, said with a bare adverb. */
  direction: ['up', 'down'],
  /** Getting worse, for a measure whose good news is down as much as up ("why did unfollows get worse?"). */
  worsening: ['worse', 'worsen', 'worsened', 'worsening'],
  /** Asking what explains a change: "why did views drop", "what drove the change in likes". */
  why: [
    'why',
    'how come',
    'what drove',
    'what drives',
    'what is driving',
    'what driving',
    'drove',
    'drivers',
    'what made',
    'what caused',
    'caused',
    'what is behind',
    'what behind',
    'explain',
    'explains',
    'reason',
    'reasons',
    'contributed',
    'contributors',
    'contributions',
  ],
  /** Verbs of receiving: "what did it get on Facebook", "how many more did we get". */
  getting: [
    'brought',
    'bring',
    'brings',
    'brought in',
    'drew',
    'draw',
    'drawn',
    'collect',
    'collected',
    'collects',
    'generate',
    'generated',
    'generates',
    'amass',
    'amassed',
    'scored',
    'get',
    'got',
    'gets',
    'getting',
    'earn',
    'earned',
    'earns',
    'receive',
    'received',
    'pull',
    'pulled',
    'rack up',
    'racked up',
  ],

  // Order and rank.
  descending: [
    'busy',
    'most',
    'top',
    'best',
    'highest',
    'biggest',
    'largest',
    'leading',
    'strongest',
    'greatest',
    'favorite',
    'favourite',
    'fastest',
    'quickest',
    'busiest',
    'peak',
  ],
  ascending: ['least', 'fewest', 'lowest', 'worst', 'weakest', 'smallest', 'slowest', 'quietest', 'bottom'],
  /** The best or worst of a measure, which follows its good direction: the best week of unfollows is the lowest. */
  goodNews: ['best', 'strongest', 'greatest', 'record', 'records'],
  badNews: ['worst', 'weakest'],
  /** "Record month", "best week ever": the top whole day, week or month. */
  record: ['record', 'records', 'ever', 'all time high', 'all time low'],
  /** "the biggest account": size, which for an account is its audience. */
  size: ['biggest', 'largest', 'smallest'],
  moreComparative: ['more', 'better', 'higher', 'bigger'],
  lessComparative: ['fewer', 'less', 'lower'],
  /** "rank our videos by views": a ranking asked for, like a superlative. */
  rankVerb: ['rank', 'ranked'],
  /** "rank", "sort": every one of them, in order. */
  ordering: ['ranking', 'order', 'sort', 'sorted'],
  /** The organization's standing in external indexes. */
  indexStanding: [
    'indexes',
    'indices',
    'sit',
    'land',
    'landed',
    'stack up',
    'stacks up',
    'ranking',
    'rankings',
    'position',
    'placed',
    'tier',
    'index',
  ],
  /** "first 3", "top 5": a count after these words is the length of a ranking. */
  countLead: ['first'],
  countWord: [
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'twelve',
    'fifteen',
    'twenty',
  ],
  /** "the 3 busiest days", "which 2 videos": a count between these and a plural noun. */
  countDeterminer: ['the', 'which', 'what', 'our'],

  // Comparisons and totals.
  comparison: [
    'minus',
    'compare',
    'compared',
    'comparison',
    'versus',
    'vs',
    'against',
    'week before',
    'month before',
    'year before',
    'period before',
    'previous period',
    'prior period',
    'difference',
    'differ',
    'better or worse',
    'than',
    'week over week',
    'week over month',
    'week over quarter',
    'week over year',
    'month over week',
    'month over month',
    'month over quarter',
    'month over year',
    'quarter over week',
    'quarter over month',
    'quarter over quarter',
    'quarter over year',
    'year over week',
    'year over month',
    'year over quarter',
    'year over year',
    'wow',
    'mom',
    'qoq',
    'yoy',
  ],
  /**
   * "… vs last month": what names a baseline period. Not the comparison words: "compare last month" names the
   * period compared, and "over the last month" is a baseline here only.
   */
  baselineVersus: ['vs', 'versus', 'compared to', 'compared with', 'against', 'than', 'over'],
  previous: ['last', 'previous', 'prior'],
  calendarUnit: ['week', 'month', 'quarter', 'year'],
  /** "and the week before?": the period just before the one the thread was about. */
  periodBefore: [
    'day before',
    'week before',
    'month before',
    'quarter before',
    'year before',
    'period before',
    'before that',
    'previous one',
  ],
  sameDays: [
    'same stretch',
    'same point',
    'same number of days',
    'same days',
    'same period',
    'same time',
    'same dates',
  ],
  rangeStart: ['from', 'between'],
  rangeEnd: ['to', 'and', 'through', 'until'],
  sideBySide: ['side by side', 'separately', 'one by one', 'individually'],
  /** "both accounts combined": one figure for the things named. */
  combined: ['combined', 'together', 'altogether', 'across', 'total', 'overall', 'in all'],
  /**
   * "…altogether, every channel": one figure over everything. Narrower than `combined`: "total views for each
   * campaign" and "views across campaigns" are breakdowns.
   */
  grandTotal: ['altogether', 'all together', 'in total', 'grand total', 'all in all'],
  conjunction: ['and', 'or'],
  question: ['which', 'what'],
  howMany: ['how many', 'how much'],
  sum: ['total', 'sum'],

  // Shares, breakdowns, averages.
  share: [
    'share of',
    'percentage of',
    'percent of',
    'proportion of',
    'fraction of',
    'what percent',
    'how much of',
  ],
  breakdown: [
    'distributed',
    'distribution',
    'breakdown',
    'break down',
    'broken down',
    'split',
    'each',
    'every',
    'per',
  ],
  every: ['all', 'each', 'every'],
  average: ['average', 'averages', 'avg', 'mean', 'typical'],

  // Kinds of answer.
  award: [
    'award',
    'awards',
    'awarded',
    'prize',
    'prizes',
    'won',
    'win',
    'wins',
    'winning',
    'honor',
    'honors',
    'honour',
    'honours',
    'recognized',
    'recognised',
    'recognition',
    'took home',
    'take home',
    'bagged',
    'scooped',
  ],
  /** "awards the organization won itself", not its campaigns'. */
  itself: ['itself', 'ourselves', 'as a whole', 'as an organization', 'as an organisation', 'directly'],
  goal: [
    'goal',
    'goals',
    'tracking',
    'on track',
    'progress',
    'objective',
    'objectives',
    'kpi',
    'kpis',
    'pace',
    'quota',
  ],
  target: ['target', 'targets'],
  /**
   * How people talk about a goal's state ("did we hit it", "how close are we", "what's left"): understood words,
   * though no rule needs them to pick the goal answer.
   */
  goalTalk: [
    'percent',
    'percentage',
    'complete',
    'hit',
    'hits',
    'hitting',
    'miss',
    'missed',
    'close',
    'closer',
    'gap',
    'left',
    'remaining',
    'progressing',
    'reach',
    'reached',
    'reaching',
    'behind',
    'ahead',
  ],
  /** A figure out of line with its own history: "anything unusual this week?", "any spikes?", "is that normal?". */
  unusual: [
    'unusual',
    'unusually',
    'usual',
    'normal',
    'abnormal',
    'spike',
    'spikes',
    'spiked',
    'spiking',
    'anomaly',
    'anomalies',
    'anomalous',
    'outlier',
    'outliers',
    'out of the ordinary',
    'odd',
    'strange',
    'weird',
    'surprising',
    'stand out',
    'stands out',
    'stood out',
    'worth a look',
  ],
  /** "is that unusual?", "was Tuesday normal?": a yes-or-no question about one figure. */
  yesNo: ['is', 'was', 'are', 'were', 'isn t', 'wasn t', 'aren t', 'weren t'],
  report: ['digest', 'report', 'roundup', 'round up', 'summary', 'recap', 'update'],
  /** What a scheduled digest is called: "digest now", "weekly report", "monthly summary". */
  scheduled: ['digest', 'weekly', 'monthly'],
  overview: [
    'rundown',
    'lowdown',
    'run down',
    'wrap up',
    'introduce',
    'summary',
    'summarise',
    'summarize',
    'overview',
    'tell me about',
    'report on',
  ],
  /** "how is it doing", "who owns it", "when": about a named thing, not a figure of it. */
  aboutThing: [
    'status',
    'how is',
    'how are',
    'doing',
    'details',
    'who owns',
    'owner',
    'when',
    'what happened',
    'recap',
    'round up',
    'roundup',
    'highlights',
    'how did we do',
  ],
  standing: ['status', 'statuses', 'stand', 'standing', 'state of play'],
  listing: ['list', 'name', 'names'],
  asking: ['which', 'what', 'list', 'show', 'name', 'any', 'anything', 'do we have', 'are there', 'give me'],
  haveAnything: ['anything', 'something', 'what have we got', 'what do we have', 'have we got', 'do we have'],
  metricList: ['metrics', 'measures', 'kpis'],
  versions: ['available', 'version', 'versions', 'dubbed', 'dub'],
  publish: [
    'put out',
    'put up',
    'puts out',
    'publish',
    'published',
    'release',
    'released',
    'launch',
    'launched',
    'post',
    'posted',
    'came out',
    'went live',
    'go live',
    'goes live',
  ],
  negation: ['not', 'hasn t', 'haven t', 'isn t', 'aren t', 'yet to'],
  campaignEnd: [
    'ended',
    'end',
    'ends',
    'ending',
    'finished',
    'finish',
    'finishing',
    'completed',
    'wrapped up',
    'wrapping up',
    'closed',
    'closing',
    'concluded',
  ],
  campaignStart: [
    'kick off',
    'kicks off',
    'kicking off',
    'under way',
    'got under way',
    'got going',
    'started',
    'start',
    'starts',
    'starting',
    'began',
    'begin',
    'launched',
    'launch',
    'launching',
    'kicked off',
    'opened',
    'opening',
  ],
  soon: ['soon', 'shortly', 'coming weeks', 'next few weeks'],
  /** "Italian audiences", "campaigns targeting Swedish viewers": a nationality there names a market. */
  audience: [
    'market',
    'markets',
    'audience',
    'audiences',
    'target',
    'targets',
    'targeting',
    'targeted',
    'aimed',
    'viewer',
    'viewers',
    'fans in',
    'people in',
  ],
  /** "Spanish-speaking": people of a language, wherever they live. */
  speaking: ['speaking', 'speakers', 'speaker', 'speak', 'language', 'languages'],

  // The conversation.
  followUp: [
    'and',
    'what about',
    'how about',
    'same for',
    'same but',
    'now',
    'ok',
    'okay',
    'also',
    'then',
    'what if',
    'but',
  ],
  help: ['help', 'what can you do', 'what can i ask', 'how do i use', 'commands', 'usage'],
  /** Words that name what to compute: a short question with one of them is not a follow-up. */
  operation: [
    'how many',
    'how much',
    'top',
    'most',
    'which',
    'what',
    'list',
    'compare',
    'summarise',
    'summarize',
    'overview',
    'show',
    'total',
    'breakdown',
    'award',
    'awards',
    'ranking',
    'rankings',
    'goal',
    'goals',
  ],
} as const satisfies Record<string, readonly string[]>;

export type Concept = keyof typeof CONCEPTS;
/** A word or phrase of some concept: patterns built from single words are checked against the lists. */
export type ConceptWord = (typeof CONCEPTS)[Concept][number];

/** The words of concepts as one regex alternation (a non-capturing group), longest first. */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.join('|')})`;
}

const wordsOf = (names: readonly Concept[]): string[] => names.flatMap((n) => [...CONCEPTS[n]]);

/** Any word or phrase of the concepts, as a whole word: `conceptRe('award')` finds "won", not "wonder". */
export const conceptRe = (...names: Concept[]): RegExp => new RegExp(`\\b${alternation(wordsOf(names))}\\b`);

/** Any word or phrase of the concepts, at the start of the question. */
export const leadingRe = (...names: Concept[]): RegExp => new RegExp(`^${alternation(wordsOf(names))}\\b`);

/** Some words of the concepts, as a whole word. */
export const wordsRe = (...words: ConceptWord[]): RegExp => new RegExp(`\\b${alternation(words)}\\b`);

/** The alternation of some concepts, for patterns that place them around other words. */
export const conceptAlt = (...names: Concept[]): string => alternation(wordsOf(names));

const PHRASES: string[][] = [...new Set(Object.values(CONCEPTS).flat())].map((p) => p.split(' '));
const BY_FIRST = new Map<string, string[][]>();
for (const p of PHRASES) {
  const first = p[0] ?? '';
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), p]);
}

/**
 * Which tokens of a question some concept explains: a token is marked when a word or phrase of any concept
 * covers it there ("went up" marks both tokens; "up" alone marks none).
 */
export function conceptTokens(tokens: string[]): boolean[] {
  const marked = tokens.map(() => false);
  tokens.forEach((t, i) => {
    for (const phrase of BY_FIRST.get(t) ?? []) {
      if (!phrase.every((w, k) => tokens[i + k] === w)) continue;
      for (let k = 0; k < phrase.length; k++) marked[i + k] = true;
    }
  });
  return marked;
}

/** The concepts a word or phrase belongs to ("launch" → campaignStart, publish). */
export function conceptsOf(word: string): Concept[] {
  return (Object.keys(CONCEPTS) as Concept[]).filter((n) =>
    (CONCEPTS[n] as readonly string[]).includes(word),
  );
}
