// A typed array that grows by doubling as values are pushed: the index builder's per-entry lists
// hold millions of numbers, at 4 or 8 bytes each where a JavaScript array of numbers takes 8 to 16
// and leaves more for the garbage collector to copy.

type NumberArray = Int32Array | Float32Array | Float64Array;

export class GrowableArray<A extends NumberArray> {
  private data: A;
  length = 0;

  constructor(private readonly make: (size: number) => A) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed, as a view of the storage (no copy): valid until the next push. */
  view(): A {
    return this.data.subarray(0, this.length) as A;
  }

  /** The values pushed, in an array of their own sized to fit. */
  trimmed(): A {
    return this.data.slice(0, this.length) as A;
  }

  /** Drops the values and the storage. */
  clear(): void {
    this.data = this.make(0);
    this.length = 0;
  }
}
