export { ImportError } from './import-error.js';
export { parseUnXml } from './un-xml.js';
export type { ListInput, ParseOptions } from './input.js';
