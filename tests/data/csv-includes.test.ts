import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileDataSource } from '../../src/adapters/data/file-data-source.ts';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { createPulseService } from '../../src/app/pulse-service.ts';
import { DataError, formatIssue } from '../../src/core/errors.ts';
import { MINI } from '../helpers/fixtures.ts';

// A data file's CSV includes stay inside its own folder, and no error repeats a line of a file it read: errors
// reach Slack (`/pulse status`), and an include could name a file of secrets.

const SECRET = 'SLACK_BOT_TOKEN=xoxb-1234-5678-abcdefsecret';

/** The mini fixture in a fresh folder `data/`, with a secrets file beside that folder and one inside it. */
async function layout() {
  const root = await mkdtemp(join(tmpdir(), 'pulse-include-'));
  const dir = join(root, 'data');
  await mkdir(dir);
  await writeFile(join(dir, 'mini.csv'), await readFile(MINI.replace('.yaml', '.csv'), 'utf8'));
  await writeFile(join(root, 'secret.csv'), `${SECRET}\nroot:x:0:0:root:/root:/bin/bash\n`);
  await writeFile(join(dir, '.env'), `${SECRET}\nroot:x:0:0:root:/root:/bin/bash\n`);
  const yaml = await readFile(MINI, 'utf8');
  const path = join(dir, 'mini.yaml');
  await writeFile(path, yaml);
  const write = (include: string) =>
    writeFile(
      path,
      yaml.replace('- file: mini.csv', `- file: mini.csv\n  - file: ${JSON.stringify(include)}`),
    );
  return { root, dir, path, write };
}

async function problems(path: string): Promise<string[]> {
  try {
    await loadDataFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).not.toContain('xoxb');
    expect((error as DataError).message).not.toContain('root:x');
    return (error as DataError).issues.map(formatIssue);
  }
  throw new Error('the file was accepted');
}

describe('CSV includes stay in the data file’s folder', () => {
  it('an absolute path is refused, and nothing of the file is read', async () => {
    const { root, path, write } = await layout();
    await write(join(root, 'secret.csv'));
    const [issue, ...rest] = await problems(path);
    expect(rest).toEqual([]);
    expect(issue).toMatch(/^mini\.yaml: series\[1\]\.file: .*must be a path inside the data file's folder/);
  });

  it('a path that climbs out with .. is refused', async () => {
    const { path, write } = await layout();
    await write('../secret.csv');
    expect(await problems(path)).toEqual([
      "mini.yaml: series[1].file: must be a path inside the data file's folder, without .. or an absolute path",
    ]);
  });

  it('a symlink inside the folder that points out of it is refused', async () => {
    const { root, dir, path, write } = await layout();
    await symlink(join(root, 'secret.csv'), join(dir, 'link.csv'));
    await write('link.csv');
    expect(await problems(path)).toEqual([
      "mini.yaml: series[1].file: leads out of the data file's folder (through a symbolic link)",
    ]);
  });

  it('a subfolder and a symlink that stays inside are fine', async () => {
    const { dir, path, write } = await layout();
    await mkdir(join(dir, 'more'));
    await writeFile(join(dir, 'more', 'extra.csv'), 'date,subject,channel,metric,value\n');
    await symlink(join(dir, 'more', 'extra.csv'), join(dir, 'same.csv'));
    await write('more/extra.csv');
    await expect(loadDataFile(path)).resolves.toBeDefined();
    await write('same.csv');
    await expect(loadDataFile(path)).resolves.toBeDefined();
  });
});

describe('errors never repeat what a file holds', () => {
  it('a file of secrets inside the folder: errors name the line and column, not the text', async () => {
    const { path, write } = await layout();
    await write('.env');
    expect(await problems(path)).toEqual([
      '.env: line 1: header lacks column(s) date, subject, metric, value; expected date,subject,channel,metric,value',
      '.env: line 1, column 1: unknown column',
    ]);
  });

  it('/pulse status says the file was refused without quoting it', async () => {
    const { path, write } = await layout();
    const data = await FileDataSource.open(path);
    const service = createPulseService({ data, store: new MemoryStore(), fixedNow: '2024-02-29' });
    await write('.env');
    const reload = await service.command('reload');
    expect(reload.rendered.text).toContain('refused');
    expect(reload.rendered.text).toContain('.env: line 1, column 1: unknown column');
    expect(reload.rendered.text).not.toContain('xoxb');
    expect((await service.command('status')).rendered.text).not.toContain('slack_bot_token');
  });

  it('a broken quote in a CSV is located without quoting the field', async () => {
    const { dir, path, write } = await layout();
    await writeFile(join(dir, 'quoted.csv'), 'date,subject,channel,metric,value\nroot"xoxb-secret,a,b,c,1\n');
    await write('quoted.csv');
    const issues = await problems(path);
    expect(issues).toEqual(['quoted.csv: line 2: invalid CSV (invalid opening quote)']);
  });
});
