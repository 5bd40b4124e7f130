// Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, CRLF) for the benchmark inputs.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  // Plain runs are sliced out whole: a field built a character at a time is a rope that the
  // matcher would first have to flatten, which is the reader's cost, not the matcher's.
  let from = -1;
  const flush = (to: number): void => {
    if (from >= 0) field += text.slice(from, to);
    from = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        flush(i);
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else if (from < 0) from = i;
    } else if (ch === '"') {
      flush(i);
      quoted = true;
    } else if (ch === ',') {
      flush(i);
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      flush(i);
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (from < 0) from = i;
  }
  flush(text.length);
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header row. */
export function parseCsvObjects(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.filter((r) => r.length > 1 || r[0] !== '').map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
