/**
 * Turns a stream of "something changed" signals into as few builds as possible, never two at once:
 * a burst is collected for `debounceMs` after its last signal (but no longer than `maxWaitMs` after its
 * first), then one build runs; signals arriving during a build make exactly one more build afterwards,
 * however many there are.
 */
export interface BuildSchedulerOptions {
  debounceMs: number;
  maxWaitMs: number;
  /**
   * Runs one build for the collected reasons; its errors are the caller's to record. `waitedMs` is how
   * long the oldest of them waited (the quiet period, plus any build that was running meanwhile).
   */
  run: (reasons: string[], waitedMs: number) => Promise<void>;
}

/** Reasons kept for one build; later ones replace the last (a flood must not grow memory). */
export const MAX_PENDING_REASONS = 50;

export type SchedulerState = 'idle' | 'waiting' | 'building';

export class BuildScheduler {
  #reasons: string[] = [];
  #timer: NodeJS.Timeout | undefined;
  #firstSignalAt = 0;
  /** When the oldest signal not yet taken by a build arrived. */
  #oldestPendingAt = 0;
  #building: Promise<void> | undefined;
  #stopped = false;
  #idleWaiters: Array<() => void> = [];
  /** How many builds have started, for status and tests. */
  buildsStarted = 0;

  constructor(private readonly options: BuildSchedulerOptions) {}

  get state(): SchedulerState {
    if (this.#building) return 'building';
    return this.#reasons.length ? 'waiting' : 'idle';
  }

  /** True when signals are waiting for the next build. */
  get pending(): boolean {
    return this.#reasons.length > 0;
  }

  /** Records a change; the build follows after the quiet period (or after the current build). */
  request(reason: string): void {
    if (this.#stopped) return;
    if (this.#reasons.length === 0) this.#oldestPendingAt = Date.now();
    // Keep the list short: a flood of webhooks must not grow memory without bound.
    if (this.#reasons.length < MAX_PENDING_REASONS) this.#reasons.push(reason);
    else this.#reasons[MAX_PENDING_REASONS - 1] = `${reason} (and more)`;
    if (this.#building) return; // picked up when the running build ends
    this.#arm();
  }

  #arm(): void {
    const now = Date.now();
    if (!this.#timer) this.#firstSignalAt = now;
    clearTimeout(this.#timer);
    const wait = Math.max(
      0,
      Math.min(this.options.debounceMs, this.#firstSignalAt + this.options.maxWaitMs - now),
    );
    this.#timer = setTimeout(() => this.#start(), wait);
  }

  #start(): void {
    this.#timer = undefined;
    if (this.#stopped || this.#building || this.#reasons.length === 0) return;
    const reasons = this.#reasons;
    this.#reasons = [];
    this.buildsStarted += 1;
    this.#building = this.options
      .run(reasons, Date.now() - this.#oldestPendingAt)
      .catch(() => {
        // run() records its own failures; the scheduler only guarantees one build at a time.
      })
      .finally(() => {
        this.#building = undefined;
        if (this.#reasons.length && !this.#stopped) this.#arm();
        else this.#notifyIdle();
      });
  }

  #notifyIdle(): void {
    if (this.#timer || this.#building) return;
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  /** Resolves once nothing is waiting or building. */
  idle(): Promise<void> {
    if (!this.#timer && !this.#building) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Drops waiting signals and waits for a running build to end. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#reasons = [];
    await this.#building;
    this.#notifyIdle();
  }
}
