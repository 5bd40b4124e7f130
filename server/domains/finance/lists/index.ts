// Pure parsers for the official sanctions list formats (no database, no HTTP). Each returns the
// complete Designation[] or throws an ImportError naming the file, line and field or element.
export { ImportError, type ImportErrorLocation } from './import-error.js';
export type { ListInput, ParseOptions, ProgressCallback } from './input.js';
export { parseUnXml, type UnParseOptions, type UnParseStats } from './un-xml.js';
export {
  parseOfac, parseOfacDetailed,
  type OfacAddress, type OfacFiles, type OfacParseOptions, type OfacResult, type OfacStats,
} from './ofac-csv.js';
export { parseOfacDob, parseOfacRemarks, type RemarkFacts } from './ofac-remarks.js';
export { parseEuXml } from './eu-xml.js';
export { diffLists, changedFields, comparableForm, COMPARED_FIELDS, type ComparedField, type DesignationChange, type ListDiff } from './diff.js';
export { detectFormat, type ListFormat } from './detect.js';
export { countryCode, countryOrWording } from './country-codes.js';
export { detectScript } from './script.js';
export { CsvReader, readCsv, type CsvRecord } from './csv.js';
