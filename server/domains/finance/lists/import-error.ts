/**
 * The one error every list parser throws. A list is imported whole or not at all, so the message
 * must tell the operator exactly where the file is wrong: the file, the line, and the field (CSV)
 * or element (XML).
 */
export interface ImportErrorLocation {
  /** File name as shown to the operator, e.g. `sdn.csv` or `consolidated.xml`. */
  file: string;
  /** One-based line number, when known. */
  line?: number;
  /** CSV column name, e.g. `ent_num`. */
  field?: string;
  /** XML element name, e.g. `INDIVIDUAL`. */
  element?: string;
}

export class ImportError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
  readonly element?: string;

  constructor(location: ImportErrorLocation, problem: string) {
    const where = location.line === undefined ? location.file : `${location.file} line ${location.line}`;
    super(`${where}: ${problem}`);
    this.name = 'ImportError';
    this.file = location.file;
    this.line = location.line;
    this.field = location.field;
    this.element = location.element;
  }
}
