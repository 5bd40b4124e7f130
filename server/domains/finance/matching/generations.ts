// Stamp counters: scratch arrays are "cleared" for a new query by moving to the next generation
// rather than by writing every slot. Stamps live in 32-bit arrays, so before the counter passes
// what they can hold the arrays are cleared for real and counting starts again; otherwise a
// long-running server would, after ~2^31 steps, stop recognising its own stamps.

export class Generations {
  /** The last generation before stamps are cleared, for counters made from now on (tests lower it to exercise the clearing). */
  static limit = 0x7fffffff;
  private current = 0;

  /** `clear` zeroes every stamp array that holds this counter's values. */
  constructor(
    private readonly clear: () => void,
    private readonly last = Generations.limit,
  ) {}

  next(): number {
    if (this.current >= this.last) {
      this.clear();
      this.current = 0;
    }
    return ++this.current;
  }
}
