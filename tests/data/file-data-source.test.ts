import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileDataSource } from '../../src/adapters/data/file-data-source.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { createPulseService } from '../../src/app/pulse-service.ts';
import { MINI } from '../helpers/fixtures.ts';

describe('a running bot given a broken file', () => {
  it('keeps serving the last good data and says why it refused the new one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pulse-reload-'));
    const yaml = await readFile(MINI, 'utf8');
    await writeFile(join(dir, 'mini.csv'), await readFile(MINI.replace('.yaml', '.csv'), 'utf8'));
    const path = join(dir, 'mini.yaml');
    await writeFile(path, yaml);
    const data = await FileDataSource.open(path);
    const service = createPulseService({ data, store: new MemoryStore(), fixedNow: '2024-02-29' });
    const before = await service.ask('views for Sunrise Walk');
    expect(before.text).toContain('175 views');

    await writeFile(path, yaml.replace('title: Sunrise Walk', 'title: Sunrise Walk\n    colour: red'));
    const refused = await data.reload();
    expect(refused.ok).toBe(false);
    expect((await service.ask('views for Sunrise Walk')).text).toContain('175 views');
    const status = await service.command('status');
    expect(status.ephemeral).toBe(true);
    expect(status.rendered.text).toContain('assets[0].colour: unknown key');

    await writeFile(path, yaml.replace('title: Sunrise Walk', 'title: Sunrise Stroll'));
    const reload = await service.command('reload');
    expect(reload.rendered.text).toContain('Reloaded');
    expect((await service.ask('views for Sunrise Stroll')).text).toContain('175 views');
  });
});
