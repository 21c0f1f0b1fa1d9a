/** Unordered pairs of person indices, for "no two ties between the same two people"; open addressing over a Float64Array. */
export class PairSet {
  private keys: Float64Array;
  private count = 0;

  constructor(
    private readonly n: number,
    expected: number,
  ) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
  }

  has(a: number, b: number): boolean {
    const key = this.key(a, b);
    const mask = this.keys.length - 1;
    for (let slot = this.slot(a, b) & mask; ; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) return true;
      if (this.keys[slot] === 0) return false;
    }
  }

  /** Adds the pair; false if it was there already. */
  add(a: number, b: number): boolean {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const key = this.key(a, b);
    const mask = this.keys.length - 1;
    for (let slot = this.slot(a, b) & mask; ; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) return false;
      if (this.keys[slot] === 0) {
        this.keys[slot] = key;
        this.count++;
        return true;
      }
    }
  }

  private key(a: number, b: number): number {
    return a < b ? a * this.n + b + 1 : b * this.n + a + 1;
  }

  private slot(a: number, b: number): number {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) >>> 0;
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Float64Array(old.length * 2);
    const mask = this.keys.length - 1;
    for (const key of old) {
      if (key === 0) continue;
      const lo = Math.floor((key - 1) / this.n);
      const hi = key - 1 - lo * this.n;
      let slot = this.slot(lo, hi) & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
    }
  }
}
