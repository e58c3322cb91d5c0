// Which article an analyser thread is on, shared with the pool that watches its time budget.

// Slots of an analyser's clock: a sequence number (odd while the others are being written), the
// batch and the index in it of the article under analysis (-1: none), and when it started.
const SEQ = 0;
const BATCH = 1;
const INDEX = 2;
const STARTED = 3;

/**
 * Which article an analyser thread is on and since when, in memory both threads share: the
 * pool reads it on a timer, without a message per article, and a thread stuck in one regular
 * expression still shows where it is. Times are milliseconds since `epoch` (Date.now() in the
 * main thread when the worker was made), which fit the 32-bit slots for weeks.
 */
export class ArticleClock {
  private readonly slots: Int32Array;

  private constructor(
    readonly memory: SharedArrayBuffer,
    readonly epoch: number,
  ) {
    this.slots = new Int32Array(memory);
  }

  static create(): ArticleClock {
    const clock = new ArticleClock(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT), Date.now());
    Atomics.store(clock.slots, INDEX, -1);
    return clock;
  }

  /** The clock a worker was given as its workerData, or null (the assembler has none). */
  static from(data: unknown): ArticleClock | null {
    const { memory, epoch } = (data ?? {}) as { memory?: unknown; epoch?: unknown };
    return memory instanceof SharedArrayBuffer && typeof epoch === 'number' ? new ArticleClock(memory, epoch) : null;
  }

  /** What to hand the worker as its workerData. */
  get workerData(): { memory: SharedArrayBuffer; epoch: number } {
    return { memory: this.memory, epoch: this.epoch };
  }

  private write(batch: number, index: number): void {
    Atomics.add(this.slots, SEQ, 1);
    Atomics.store(this.slots, BATCH, batch);
    Atomics.store(this.slots, INDEX, index);
    Atomics.store(this.slots, STARTED, Date.now() - this.epoch);
    Atomics.add(this.slots, SEQ, 1);
  }

  start(batch: number, index: number): void {
    this.write(batch, index);
  }

  stop(): void {
    this.write(-1, -1);
  }

  /** The article under analysis and for how long, or null (none, or the worker is writing). */
  read(): { batch: number; index: number; elapsedMs: number } | null {
    const before = Atomics.load(this.slots, SEQ);
    const batch = Atomics.load(this.slots, BATCH);
    const index = Atomics.load(this.slots, INDEX);
    const started = Atomics.load(this.slots, STARTED);
    if (before % 2 === 1 || Atomics.load(this.slots, SEQ) !== before || index < 0) return null;
    return { batch, index, elapsedMs: Date.now() - this.epoch - started };
  }
}
