// Writes the rule planner's plan for every question of every eval set, so that a refactor of the planner can be
// checked for unchanged plans: run it before and after, then compare the two files.
//   npx tsx scripts/plan-snapshot.ts OUT.json [--sets REPO_ROOT] [--against BASE.json]
// With --against, the questions whose plan or follow-up differ from BASE are listed (a changed `confident` is
// counted apart: the reading's own vocabulary moves it); the exit code is 1 when some plan differs.
// The sets are /work/shared/eval/public/*.json and REPO_ROOT/tests/eval-sets/*/{questions,threads}.json, where
// REPO_ROOT defaults to this checkout (pass another to plan a checkout's own sets with a different planner).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataFile } from '../src/adapters/data/load-data-file.ts';
import { lexiconOf } from '../src/core/answer.ts';
import { parseDay } from '../src/core/model/dates.ts';
import type { QueryPlan } from '../src/core/plan/plan-schema.ts';
import { planQuestion } from '../src/core/plan/rule-planner.ts';

interface Turn {
  q: string;
}
interface QuestionSet {
  data: string;
  now?: string;
  questions?: Turn[];
  conversations?: { turns: Turn[] }[];
}
interface Entry {
  plan: QueryPlan;
  followUp: boolean;
  confident: boolean;
}

const PUBLIC = '/work/shared/eval/public';
const here = dirname(fileURLToPath(import.meta.url));

function setFiles(repoRoot: string): string[] {
  const pub = existsSync(PUBLIC)
    ? readdirSync(PUBLIC)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(PUBLIC, f))
    : [];
  const root = join(repoRoot, 'tests', 'eval-sets');
  const own = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => ['questions.json', 'threads.json'].map((f) => join(root, d.name, f)))
    .filter((f) => existsSync(f));
  return [...pub.sort(), ...own.sort()];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out)
    throw new Error(
      'usage: npx tsx scripts/plan-snapshot.ts OUT.json [--sets REPO_ROOT] [--against BASE.json]',
    );
  const at = args.indexOf('--sets');
  const repoRoot = resolve(at >= 0 && args[at + 1] ? args[at + 1] : join(here, '..'));
  const snapshot: Record<string, Entry> = {};
  const put = (key: string, entry: Entry) => {
    let k = key;
    for (let n = 2; k in snapshot; n++) k = `${key} (${n})`;
    snapshot[k] = entry;
  };
  for (const file of setFiles(repoRoot)) {
    const set = JSON.parse(readFileSync(file, 'utf8')) as QuestionSet;
    // A set whose data file is refused (one being written, or one that tests refusals) has nothing to plan.
    const ds = await loadDataFile(resolve(dirname(file), set.data)).catch((error: Error) => {
      process.stderr.write(`skipped ${file}: ${error.message.split('\n')[0]}\n`);
      return undefined;
    });
    if (!ds) continue;
    const now = parseDay(set.now ?? '') ?? ds.lastDay ?? 0;
    const name = file.startsWith(PUBLIC) ? relative(PUBLIC, file) : relative(repoRoot, file);
    const plan = (q: string, previous?: QueryPlan): Entry => {
      const r = planQuestion(q, { dataset: ds, lexicon: lexiconOf(ds), now, previous });
      return { plan: r.plan, followUp: r.followUp, confident: r.confident };
    };
    (set.questions ?? []).forEach((t) => {
      put(`${name}: ${t.q}`, plan(t.q));
    });
    (set.conversations ?? []).forEach((c, i) => {
      let previous: QueryPlan | undefined;
      c.turns.forEach((t, j) => {
        const entry = plan(t.q, previous);
        put(`${name} #${i + 1}.${j + 1}: ${t.q}`, entry);
        previous = entry.plan;
      });
    });
  }
  writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`);
  process.stdout.write(`${Object.keys(snapshot).length} questions planned → ${out}\n`);
  const against = args.indexOf('--against');
  const base = against >= 0 ? args[against + 1] : undefined;
  if (base) process.exitCode = compare(JSON.parse(readFileSync(base, 'utf8')), snapshot) ? 0 : 1;
}

/** Lists what differs between two snapshots; true when every plan and follow-up is the same. */
function compare(before: Record<string, Entry>, after: Record<string, Entry>): boolean {
  const show = (e: Entry | undefined) =>
    e ? `${JSON.stringify(e.plan)} followUp=${e.followUp}` : '(absent)';
  let plans = 0;
  let confidence = 0;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key];
    const b = after[key];
    if (show(a) !== show(b)) {
      plans++;
      process.stdout.write(`\n${key}\n  before: ${show(a)}\n  after:  ${show(b)}\n`);
    } else if (a?.confident !== b?.confident) {
      confidence++;
      process.stdout.write(`\n${key}\n  confident: ${a?.confident} → ${b?.confident}\n`);
    }
  }
  process.stdout.write(`\n${plans} plan(s) differ, ${confidence} more differ only in confidence\n`);
  return plans === 0;
}

await main();
