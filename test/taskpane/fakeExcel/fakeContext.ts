/**
 * The request context of the in-memory Excel host. Like Office.js it queues
 * every command and load until `sync()`, then runs them in order; reading a
 * property that no synced `load()` covered throws PropertyNotLoaded, and a
 * proxy used after its `run` ended throws InvalidObjectPath.
 */
export class FakeRequestContext {
  syncCount = 0;
  private active = true;
  private queue: Array<() => void> = [];

  /** Throws when the batch this context belongs to has ended. */
  assertActive(): void {
    if (!this.active) {
      throw fakeError('InvalidObjectPath', 'The object was used outside the Excel.run batch that created it.');
    }
  }

  /** Queues a command; it runs at the next sync. */
  enqueue(command: () => void): void {
    this.assertActive();
    this.queue.push(command);
  }

  async sync(): Promise<void> {
    this.assertActive();
    this.syncCount += 1;

    const commands = this.queue;
    this.queue = [];
    for (const command of commands) command();
  }

  /** Ends the batch: every proxy of this context becomes invalid. */
  close(): void {
    this.active = false;
    this.queue = [];
  }
}

/** An error shaped like OfficeExtension.Error: a `code` and a message. */
export class FakeOfficeError extends Error {
  constructor(public readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

export function fakeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

type LoadOption = string | string[] | { select?: string | string[] };

/** Property names a load() call asks for, e.g. "values, address" or ["items/name"]. */
export function loadedNames(option: LoadOption | undefined): string[] {
  if (option === undefined) return [];
  const select = typeof option === 'object' && !Array.isArray(option) ? option.select ?? [] : option;
  const names = Array.isArray(select) ? select : select.split(',');
  return names.map((name) => name.trim()).filter((name) => name !== '');
}

/**
 * Base of every proxy: load() snapshots properties at sync, `loaded()` reads
 * them back or throws, and `isNullObject` is known after the first sync.
 */
export abstract class FakeProxy {
  private readonly snapshot = new Map<string, unknown>();
  private nullState: boolean | undefined;

  /** `knownNull` is given for proxies made while a sync runs (collection items), whose existence is already known. */
  constructor(protected readonly ctx: FakeRequestContext, knownNull?: boolean) {
    if (knownNull !== undefined) {
      this.nullState = knownNull;
      return;
    }
    ctx.enqueue(() => {
      this.nullState = this.resolvesToNull();
    });
  }

  get context(): FakeRequestContext {
    this.ctx.assertActive();
    return this.ctx;
  }

  load(option?: LoadOption): this {
    this.ctx.assertActive();
    const names = loadedNames(option);
    this.ctx.enqueue(() => {
      if (this.resolvesToNull()) return;
      // "items/name" loads the items, each with that property; only the last such path per load counts.
      for (const name of names) this.snapshot.set(name.startsWith('items/') ? 'items' : name, this.readProperty(name));
    });
    return this;
  }

  get isNullObject(): boolean {
    this.ctx.assertActive();
    if (this.nullState === undefined) {
      throw fakeError('PropertyNotLoaded', 'isNullObject is known only after context.sync().');
    }
    return this.nullState;
  }

  /** Reads a property captured by a synced load(), or throws like Office.js. */
  protected loaded<T>(name: string): T {
    this.ctx.assertActive();
    if (this.nullState === true) {
      throw fakeError('ItemNotFound', `The object is a null object; ${name} has no value.`);
    }
    if (!this.snapshot.has(name)) {
      throw fakeError('PropertyNotLoaded', `The property '${name}' is not available. Call load() and context.sync() first.`);
    }
    return this.snapshot.get(name) as T;
  }

  /** Captures a property now; used while a sync runs, for collection items loaded as "items/name". */
  protected captureProperty(name: string): void {
    this.snapshot.set(name, this.readProperty(name));
  }

  /** Computes a property's current value when a queued load runs. */
  protected abstract readProperty(name: string): unknown;

  /** True when the object this proxy names does not exist (an *OrNullObject result). */
  protected abstract resolvesToNull(): boolean;
}
