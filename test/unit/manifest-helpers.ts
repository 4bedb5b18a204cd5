/**
 * Reading manifest.xml and PNG headers for the manifest tests (the XSD validation is in
 * manifest-schema.test.ts; these helpers serve the checks the schema cannot make: references, sizes, URLs).
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";

export const ROOT = path.resolve(__dirname, "../..");
export const MANIFEST_PATH = path.join(ROOT, "manifest.xml");

/** One XML element: its name (with namespace prefix), attributes, child elements and text. */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly text: string;
}

type OrderedEntry = Record<string, unknown> & { ":@"?: Record<string, string> };

function toNode(entry: OrderedEntry): XmlNode | undefined {
  const name = Object.keys(entry).find((key) => key !== ":@");
  if (name === undefined || name === "#text" || name === "#comment" || name.startsWith("?")) return undefined;
  const content = entry[name] as OrderedEntry[];
  const children: XmlNode[] = [];
  let text = "";
  for (const child of content) {
    if ("#text" in child) text += String(child["#text"]);
    const node = toNode(child);
    if (node) children.push(node);
  }
  return { name, attributes: entry[":@"] ?? {}, children, text: text.trim() };
}

/** Parses XML into XmlNode trees, keeping document order and every attribute as a string. */
export function parseXml(xml: string): XmlNode {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    commentPropName: "#comment",
  });
  const entries = parser.parse(xml) as OrderedEntry[];
  const roots = entries.map(toNode).filter((n): n is XmlNode => n !== undefined);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

/** Every element below `node` (depth first, document order), `node` included. */
export function descendants(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(descendants)];
}

export function child(node: XmlNode, name: string): XmlNode {
  const found = node.children.filter((c) => c.name === name);
  if (found.length !== 1)
    throw new Error(`<${node.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Follows a path of child element names, each of which must exist exactly once. */
export function at(node: XmlNode, ...names: string[]): XmlNode {
  return names.reduce(child, node);
}

/** Width and height from a PNG file's IHDR chunk; throws if the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (
    data.length < 24 ||
    !data.subarray(0, 8).equals(signature) ||
    data.toString("ascii", 12, 16) !== "IHDR"
  ) {
    throw new Error(`${file} is not a PNG file`);
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
