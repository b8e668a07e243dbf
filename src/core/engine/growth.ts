/** (current − base) / base: the change as a share of the base; undefined when the base is 0. */
export const growthOf = (current: number, base: number): number | undefined =>
  base === 0 ? undefined : (current - base) / base;
