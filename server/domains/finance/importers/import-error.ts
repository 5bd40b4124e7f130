/** A list file that cannot be imported; the message names the file's line and the field or element. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
