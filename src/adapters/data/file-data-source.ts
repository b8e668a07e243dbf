import type { DataSource } from '../../app/pulse-types.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { loadDataFile } from './load-data-file.ts';

/**
 * Serves the last good dataset from a file. A reload that fails validation is refused, and the reason kept,
 * while the previous data keeps answering.
 */
export class FileDataSource implements DataSource {
  readonly #path: string;
  readonly #load: (path: string) => Promise<Dataset>;
  #current: Dataset;
  #error: Error | undefined;

  private constructor(path: string, first: Dataset, load: (path: string) => Promise<Dataset>) {
    this.#path = path;
    this.#load = load;
    this.#current = first;
  }

  /**
   * Loads the file once; a broken file at start-up is an error (there is nothing good to serve). `load` may
   * parse elsewhere (`loadInWorker`), so a long-running bot keeps answering while a large file reloads.
   */
  static async open(path: string, load = loadDataFile): Promise<FileDataSource> {
    return new FileDataSource(path, await load(path), load);
  }

  current(): Dataset {
    return this.#current;
  }

  lastError(): Error | undefined {
    return this.#error;
  }

  async reload(): Promise<{ ok: true } | { ok: false; error: Error }> {
    try {
      this.#current = await this.#load(this.#path);
      this.#error = undefined;
      return { ok: true };
    } catch (error) {
      this.#error = error as Error;
      return { ok: false, error: error as Error };
    }
  }
}

/** A fixed dataset, for tests and benchmarks. */
export const staticDataSource = (dataset: Dataset): DataSource => ({
  current: () => dataset,
  reload: async () => ({ ok: true }),
  lastError: () => undefined,
});
