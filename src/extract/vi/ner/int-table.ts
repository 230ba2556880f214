// A hash table from 32-bit integers to integers in two typed arrays (open addressing, linear probing).
// The tagger's keys are 32-bit hashes: half of them lie outside V8's small-integer range, so a Map
// boxes them on every look-up; this table never allocates after it is sized.

export class IntTable {
  private keys: Int32Array;
  private values: Int32Array;
  /** used[i] === stamp when slot i is in use: clear() bumps the stamp instead of wiping the arrays */
  private used: Uint32Array;
  private stamp = 1;
  private mask: number;
  size = 0;

  constructor(capacity = 16) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.used = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  private slot(key: number): number {
    let h = Math.imul(key, 0x9e3779b1);
    h ^= h >>> 16;
    let i = h & this.mask;
    while (this.used[i] === this.stamp && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** The value of key, or `missing` when absent. */
  get(key: number, missing = 0): number {
    const i = this.slot(key);
    return this.used[i] === this.stamp ? this.values[i] : missing;
  }

  has(key: number): boolean {
    return this.used[this.slot(key)] === this.stamp;
  }

  set(key: number, value: number): void {
    const i = this.slot(key);
    if (this.used[i] !== this.stamp) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        this.set(key, value);
        return;
      }
      this.used[i] = this.stamp;
      this.keys[i] = key;
      this.size++;
    }
    this.values[i] = value;
  }

  /** Empties the table in constant time. */
  clear(): void {
    this.size = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.used.fill(0);
      this.stamp = 1;
    }
  }

  private grow(): void {
    const { keys, values, used, stamp } = this;
    const cap = keys.length * 2;
    this.keys = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.used = new Uint32Array(cap);
    this.mask = cap - 1;
    this.stamp = 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (used[i] === stamp) this.set(keys[i], values[i]);
  }
}
