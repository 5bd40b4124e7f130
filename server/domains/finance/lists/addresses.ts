import type { Address } from '../designation.js';

/** Adds an address, its empty parts left out; an address with nothing in it, or one already there, is skipped. */
export function addAddress(into: Address[], parts: Partial<Record<keyof Address, string>>): void {
  const address: Address = {};
  for (const [key, value] of Object.entries(parts) as Array<[keyof Address, string | undefined]>) {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (text) address[key] = text;
  }
  if (Object.keys(address).length === 0) return;
  const same = JSON.stringify(address);
  if (!into.some((a) => JSON.stringify(a) === same)) into.push(address);
}
