/** The list file formats the importers read. */
export type ListFormat = 'un' | 'ofac-sdn' | 'ofac-alt' | 'ofac-add' | 'eu';

function firstCsvLine(text: string): string[] {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/**
 * Guesses a list file's format from its content (first few kilobytes), falling back to its name.
 * Returns undefined when neither says.
 */
export function detectFormat(fileName: string, firstBytes: string | Uint8Array): ListFormat | undefined {
  const text = typeof firstBytes === 'string' ? firstBytes : new TextDecoder('utf-8').decode(firstBytes);
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) {
    if (/<CONSOLIDATED_LIST[\s>]/.test(head)) return 'un';
    if (/<(?:\w+:)?export[\s>]/.test(head) || /sanctionEntity|fsd\/export|xmlFullSanctionsList/.test(head)) return 'eu';
  } else if (head) {
    const fields = firstCsvLine(head);
    const first = fields[0].toLowerCase();
    if (first === 'ent_num') {
      const second = (fields[1] ?? '').toLowerCase();
      if (second === 'sdn_name') return 'ofac-sdn';
      if (second === 'alt_num') return 'ofac-alt';
      if (second === 'add_num') return 'ofac-add';
    } else if (/^\d+$/.test(first)) {
      if (fields.length === 12) return 'ofac-sdn';
      if (fields.length === 5) return 'ofac-alt';
      if (fields.length === 6) return 'ofac-add';
    }
  }
  const name = fileName.toLowerCase().split(/[\\/]/).pop() ?? '';
  if (/\.xml$/.test(name)) {
    if (/consolidated|\bun[\W_]/.test(name)) return 'un';
    if (/eu|fsf|fsd|fullsanctions/.test(name)) return 'eu';
  }
  if (/\.csv$/.test(name)) {
    if (/sdn/.test(name)) return 'ofac-sdn';
    if (/alt/.test(name)) return 'ofac-alt';
    if (/add/.test(name)) return 'ofac-add';
  }
  return undefined;
}
