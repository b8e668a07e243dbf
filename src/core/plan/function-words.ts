// The closed list of words that carry no figure, name or request of their own: a question made of these besides
// what the rules read is fully understood. Anything else left over is a word the rules could not use.

const REQUEST_VERBS = `check checking want wanted wanna trying try know wondering wonder curious remind find look looking
  pull show see need needed`;
const HEDGES = `still yet already approx approximately roughly around about possibly maybe perhaps atm currently anywhere
  exactly precisely actually basically kind sort`;
const LINKING = `along plus times appear appears appeared listed feature features featured cover covers covered hold holds
  put make made wise situation state watch final plan plans`;

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [REQUEST_VERBS, HEDGES, LINKING].join(' ').split(/\s+/).filter(Boolean),
);
