/** Little words that carry nothing to look up: not names, not requests, not small talk on their own. */
export const STOP: ReadonlySet<string> = new Set(
  `the a an of to in on for by is are was were be been do does did done have has had get got and or but with
  what which who how when where why this that these those it its we our us you your they their them i me my
  there here any some all each much many very just also too can could would should will shall may might must
  hi hey hello please thanks thank ok okay yes no not like about into onto upon than then so such only`.split(
    /\s+/,
  ),
);

/** Only little words; a two-letter one written in capitals ("UK") is not little. */
export const isStopPhrase = (phrase: string, shouted: ReadonlyMap<string, string>): boolean =>
  phrase.split(' ').every((w) => (STOP.has(w) || w.length <= 2) && !shouted.has(w));
