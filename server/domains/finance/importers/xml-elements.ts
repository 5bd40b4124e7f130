import { SaxesParser } from 'saxes';
import { ImportError } from './import-error.js';
import { openInput, type ListInput, type ParseOptions } from './input.js';

/** One element with its attributes, text and children: enough of a tree for one list entry. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlNode[];
  line: number;
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

export function textOf(node: XmlNode | undefined, name?: string): string {
  const target = name && node ? child(node, name) : node;
  return (target?.text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Streams an XML file and hands over each element named in `entryNames` as a small tree, so memory
 * stays flat however long the list is. Malformed XML stops with the file's name and line.
 */
export async function forEachEntry(
  input: ListInput,
  entryNames: string[],
  onEntry: (node: XmlNode) => void,
  options: ParseOptions & { rootName: string },
): Promise<void> {
  const { stream, size, name } = openInput(input);
  const parser = new SaxesParser({ position: true });
  const stack: XmlNode[] = [];
  let sawRoot = false;
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= new ImportError(`${name} line ${parser.line}: malformed XML (${error.message.replace(/^\d+:\d+: /, '')})`);
  });
  parser.on('opentag', (tag) => {
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== options.rootName) failure ??= new ImportError(`${name} line ${parser.line}: root element is <${tag.name}>, expected <${options.rootName}>`);
    }
    if (stack.length > 0 || entryNames.includes(tag.name)) {
      const node: XmlNode = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: [], line: parser.line };
      stack.at(-1)?.children.push(node);
      stack.push(node);
    }
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    if (stack.length === 0) return;
    const node = stack.pop()!;
    if (stack.length === 0 && !failure) {
      try {
        onEntry(node);
      } catch (error) {
        failure = error as Error;
      }
    }
  });
  let read = 0;
  // A multi-byte character may be split across chunks; the streaming decoder joins it again.
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    if (failure) break;
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
    read += (chunk as Buffer).length;
    options.onProgress?.(read, size);
  }
  if (!failure) parser.write(decoder.decode());
  if (!failure) parser.close();
  if (failure) throw failure;
  if (!sawRoot) throw new ImportError(`${name}: the file is empty or is not XML`);
}
