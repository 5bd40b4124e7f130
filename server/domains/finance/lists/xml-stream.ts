import { SaxesParser } from 'saxes';
import { ImportError } from './import-error.js';
import { inputSize, readText, ProgressTracker, type ListInput, type ProgressCallback } from './input.js';

/** A record element and everything inside it, built only for the record being read. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  /** Line of the element's start tag. */
  line: number;
}

export interface RecordStreamOptions {
  fileName: string;
  /** The root element the format requires. */
  root: string;
  /** Elements whose subtrees are handed to `onRecord` (matched by local name). */
  records: ReadonlySet<string>;
  onRecord: (node: XmlNode) => void;
  /** Called for the root start tag, with its attributes. */
  onRoot?: (attrs: Record<string, string>) => void;
  onProgress?: ProgressCallback;
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * Streams an XML file through saxes and hands each record element, as a small tree, to `onRecord`.
 * Only one record is held at a time, so memory stays flat however large the file. Malformed or
 * truncated XML raises an ImportError naming the line.
 */
export async function streamXmlRecords(input: ListInput, opts: RecordStreamOptions): Promise<void> {
  const { fileName } = opts;
  const progress = new ProgressTracker(await inputSize(input), opts.onProgress);
  const parser = new SaxesParser({ position: true });
  const stack: XmlNode[] = [];
  let depth = 0;
  let sawRoot = false;
  let closing = false;

  parser.on('error', (err) => {
    const message = err.message.replace(/^\d+:\d+: /, '');
    const problem = closing ? `file ends before the XML is complete (truncated?): ${message}` : `malformed XML: ${message}`;
    const open = stack.length > 0 ? stack[stack.length - 1].name : undefined;
    throw new ImportError({ file: fileName, line: parser.line, element: open }, problem);
  });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    depth++;
    if (depth === 1) {
      sawRoot = true;
      if (name !== opts.root) {
        throw new ImportError({ file: fileName, line: parser.line, element: name }, `root element ${name} is not ${opts.root}`);
      }
      opts.onRoot?.(tag.attributes as Record<string, string>);
      return;
    }
    if (stack.length === 0 && !opts.records.has(name)) return;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string>)) attrs[localName(k)] = v;
    const node: XmlNode = { name, attrs, children: [], text: '', line: parser.line };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  const onText = (text: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    depth--;
    if (stack.length === 0) return;
    const node = stack.pop()!;
    if (stack.length === 0) opts.onRecord(node);
  });

  for await (const chunk of readText(input, progress.add)) parser.write(chunk);
  closing = true;
  parser.close();
  if (!sawRoot) throw new ImportError({ file: fileName, line: parser.line }, `no ${opts.root} element found`);
}

/** First child with this name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** All children with this name. */
export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Trimmed, whitespace-collapsed text of the first child with this name ('' when absent). */
export function childText(node: XmlNode, name: string): string {
  return (child(node, name)?.text ?? '').replace(/\s+/g, ' ').trim();
}
