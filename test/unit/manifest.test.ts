/**
 * manifest.xml, checked beyond what the schema says (manifest-schema.test.ts validates it against the XSDs):
 * well-formed, every resid resolves to a resource of the right kind, the shared runtime's one URL and one
 * pane, icons that exist at the declared size, the requirement sets (the base manifest's minimum; the shared
 * runtime's, inside VersionOverrides), Vietnamese overrides for every string the user sees, and URLs the
 * production rewrite can reach.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLValidator } from "fast-xml-parser";
import {
  MANIFEST_PATH,
  ROOT,
  type XmlNode,
  at,
  child,
  childrenNamed,
  descendants,
  parseXml,
  pngSize,
} from "./manifest-helpers";
import { DECLARED_EXCEL_API } from "../../src/excel/requirements";

const DEV_URL = "https://localhost:3000/";
const xml = fs.readFileSync(MANIFEST_PATH, "utf8");
const root = parseXml(xml);
const versionOverrides = child(root, "VersionOverrides");
const host = at(versionOverrides, "Hosts", "Host");
const resources = child(versionOverrides, "Resources");

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";

/** id → resource element, per kind. */
const defined = new Map<ResourceKind, Map<string, XmlNode>>(
  (["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"] as const).map((kind) => [
    kind,
    new Map(child(resources, kind).children.map((r) => [r.attributes.id, r])),
  ]),
);

function resource(kind: ResourceKind, id: string): XmlNode {
  const found = defined.get(kind)?.get(id);
  if (!found) throw new Error(`no ${kind} resource "${id}"`);
  return found;
}

function override(node: XmlNode, locale: string): string | undefined {
  return node.children.find((c) => /(^|:)Override$/.test(c.name) && c.attributes.Locale === locale)
    ?.attributes.Value;
}

/** The resource kind a resid must name, by the element that carries it (TaskPaneAppVersionOverrides schema). */
function expectedKind(element: XmlNode): ResourceKind {
  switch (element.name) {
    case "bt:Image":
      return "bt:Images";
    case "SourceLocation":
    case "Runtime":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "bt:Urls";
    case "Label":
    case "Title":
    case "Namespace":
      return "bt:ShortStrings";
    case "Description":
      return "bt:LongStrings";
    default:
      throw new Error(`unexpected resid on <${element.name}>`);
  }
}

const withResid = descendants(versionOverrides).filter((n) => n.attributes.resid !== undefined);
const allUrls = [...xml.matchAll(/https?:\/\/[^"'<>\s]+/g)].map((m) => m[0]);

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("is a task pane add-in for Excel with read/write access and en-US as default locale", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(root, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(root, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(at(root, "Hosts", "Host").attributes.Name).toBe("Workbook");
    expect(child(root, "Permissions").text).toBe("ReadWriteDocument");
    expect(child(root, "DefaultLocale").text).toBe("en-US");
    expect(host.attributes["xsi:type"]).toBe("Workbook");
  });

  test("every resid resolves to a defined resource of the kind its element needs", () => {
    expect(withResid.length).toBeGreaterThan(10);
    for (const element of withResid) {
      const id = element.attributes.resid;
      expect(id.length).toBeLessThanOrEqual(32);
      const kind = expectedKind(element);
      expect({ element: element.name, id, defined: defined.get(kind)?.has(id) }).toEqual({
        element: element.name,
        id,
        defined: true,
      });
    }
  });

  test("every resource is defined once and used", () => {
    const used = new Set(withResid.map((n) => n.attributes.resid));
    for (const [kind, byId] of defined) {
      const ids = child(resources, kind).children.map((r) => r.attributes.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of byId.keys())
        expect({ kind, id, used: used.has(id) }).toEqual({ kind, id, used: true });
    }
  });

  test("shared runtime: Runtime, the functions Page, the FunctionFile and the pane use one URL", () => {
    const runtime = at(host, "Runtimes", "Runtime");
    expect(runtime.attributes.lifetime).toBe("long");
    const customFunctions = at(host, "AllFormFactors", "ExtensionPoint");
    expect(customFunctions.attributes["xsi:type"]).toBe("CustomFunctions");
    const desktop = child(host, "DesktopFormFactor");
    const showTaskpane = descendants(desktop).filter(
      (n) => n.name === "Action" && n.attributes["xsi:type"] === "ShowTaskpane",
    );
    expect(showTaskpane).toHaveLength(1);
    // A shared runtime supports one task pane, the runtime's own: no pane container of another id.
    expect(descendants(versionOverrides).filter((n) => n.name === "TaskpaneId")).toEqual([]);

    const resids = [
      runtime.attributes.resid,
      at(customFunctions, "Page", "SourceLocation").attributes.resid,
      child(desktop, "FunctionFile").attributes.resid,
      child(showTaskpane[0], "SourceLocation").attributes.resid,
    ];
    expect(new Set(resids).size).toBe(1);
    const url = resource("bt:Urls", resids[0]).attributes.DefaultValue;
    expect(url).toBe(`${DEV_URL}taskpane.html`);
    expect(at(root, "DefaultSettings", "SourceLocation").attributes.DefaultValue).toBe(url);
  });

  test("custom functions: namespace CCHC, script, and metadata with a vi-VN copy", () => {
    const customFunctions = at(host, "AllFormFactors", "ExtensionPoint");
    const namespace = resource("bt:ShortStrings", child(customFunctions, "Namespace").attributes.resid);
    expect(namespace.attributes.DefaultValue).toBe("CCHC");
    expect(override(namespace, "vi-VN")).toBeUndefined();
    const script = resource("bt:Urls", at(customFunctions, "Script", "SourceLocation").attributes.resid);
    expect(script.attributes.DefaultValue).toBe(`${DEV_URL}functions.js`);
    const metadata = resource("bt:Urls", at(customFunctions, "Metadata", "SourceLocation").attributes.resid);
    expect(metadata.attributes.DefaultValue).toBe(`${DEV_URL}functions.json`);
    expect(override(metadata, "vi-VN")).toBe(`${DEV_URL}functions.vi-VN.json`);
  });

  test('ribbon: group "Chỉ số CCHC" on the Home tab with "Mở" (pane) and "Tạo báo cáo" (createReport)', () => {
    const surface = at(host, "DesktopFormFactor", "ExtensionPoint");
    expect(surface.attributes["xsi:type"]).toBe("PrimaryCommandSurface");
    const tab = child(surface, "OfficeTab");
    expect(tab.attributes.id).toBe("TabHome");
    const group = child(tab, "Group");
    const label = (node: XmlNode) => resource("bt:ShortStrings", child(node, "Label").attributes.resid);
    expect(override(label(group), "vi-VN")).toBe("Chỉ số CCHC");

    const controls = childrenNamed(group, "Control");
    expect(controls.map((c) => c.attributes["xsi:type"])).toEqual(["Button", "Button"]);
    const [open, report] = controls;
    expect(override(label(open), "vi-VN")).toBe("Mở");
    expect(child(open, "Action").attributes["xsi:type"]).toBe("ShowTaskpane");
    expect(override(label(report), "vi-VN")).toBe("Tạo báo cáo");
    const action = child(report, "Action");
    expect(action.attributes["xsi:type"]).toBe("ExecuteFunction");
    expect(child(action, "FunctionName").text).toBe("createReport");

    const ids = descendants(versionOverrides)
      .filter((n) => ["Group", "Control"].includes(n.name))
      .map((n) => n.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every string the user sees has a vi-VN override", () => {
    for (const name of ["DisplayName", "Description"]) {
      const element = child(root, name);
      expect({ name, vi: override(element, "vi-VN") }).toEqual({ name, vi: expect.stringMatching(/\S/) });
      expect(override(element, "vi-VN")).not.toBe(element.attributes.DefaultValue);
    }
    const namespaceId = at(host, "AllFormFactors", "ExtensionPoint", "Namespace").attributes.resid;
    for (const kind of ["bt:ShortStrings", "bt:LongStrings"] as const) {
      for (const [id, element] of defined.get(kind) ?? []) {
        if (id === namespaceId) continue;
        expect({ id, vi: override(element, "vi-VN") }).toEqual({ id, vi: expect.stringMatching(/\S/) });
      }
    }
  });

  test("string resources fit Office's limits (short 125, long 250 characters)", () => {
    const limits = { "bt:ShortStrings": 125, "bt:LongStrings": 250 } as const;
    for (const kind of ["bt:ShortStrings", "bt:LongStrings"] as const) {
      for (const element of defined.get(kind)?.values() ?? []) {
        const values = [element.attributes.DefaultValue, override(element, "vi-VN") ?? ""];
        for (const value of values) expect(value.length).toBeLessThanOrEqual(limits[kind]);
      }
    }
    expect(child(root, "DisplayName").attributes.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(child(root, "Description").attributes.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  test("installs wherever Excel.run exists: the base manifest requires ExcelApi 1.1 and nothing else", () => {
    // A set named here keeps every Excel that lacks it from installing the add-in at all (README, chapter 4).
    // The pane needs only ExcelApi 1.1; newer sets are checked at run time (src/excel/requirements.ts).
    const sets = at(root, "Requirements", "Sets");
    expect(sets.attributes.DefaultMinVersion).toBe("1.1");
    expect(sets.children.map((s) => [s.name, s.attributes.Name, s.attributes.MinVersion])).toEqual([
      ["Set", "ExcelApi", DECLARED_EXCEL_API],
    ]);
    expect(childrenNamed(child(root, "Requirements"), "Methods")).toEqual([]);
  });

  test("VersionOverrides requires SharedRuntime 1.1 only, so shared runtime, functions and ribbon degrade together", () => {
    // Office ignores the overriding Hosts where a VersionOverrides requirement is missing and installs the base
    // manifest (the pane from My Add-ins). Nothing there may repeat a base requirement or add a host-blocking one.
    expect(versionOverrides.children.map((c) => c.name).slice(0, 2)).toEqual(["Requirements", "Hosts"]);
    // There Requirements is typed bt:Requirements: its children are bt:Sets / bt:Set (unprefixed, the manifest
    // fails the schema and Office refuses it; manifest-schema.test.ts validates it).
    const sets = at(versionOverrides, "Requirements", "bt:Sets");
    expect(sets.attributes.DefaultMinVersion).toBe("1.1");
    expect(sets.children.map((s) => [s.name, s.attributes.Name, s.attributes.MinVersion])).toEqual([
      ["bt:Set", "SharedRuntime", "1.1"],
    ]);
    // What needs the shared runtime is inside these Hosts: the Runtime, and the functions on the pane's page.
    expect(at(host, "Runtimes", "Runtime").attributes.lifetime).toBe("long");
    expect(at(host, "AllFormFactors", "ExtensionPoint").attributes["xsi:type"]).toBe("CustomFunctions");
  });

  test("no requirement anywhere names the custom functions runtime (its absence only removes =CCHC.*)", () => {
    const named = descendants(root)
      .filter((n) => n.name === "Set" || n.name === "bt:Set")
      .map((n) => n.attributes.Name);
    expect(named.sort()).toEqual(["ExcelApi", "SharedRuntime"]);
  });

  test("every icon URL is a file in assets/ with the declared pixel size", () => {
    const icons: { url: string; size: number }[] = [
      { url: child(root, "IconUrl").attributes.DefaultValue, size: 32 },
      { url: child(root, "HighResolutionIconUrl").attributes.DefaultValue, size: 64 },
    ];
    for (const image of descendants(versionOverrides).filter(
      (n) => n.name === "bt:Image" && n.attributes.resid,
    )) {
      const url = resource("bt:Images", image.attributes.resid).attributes.DefaultValue;
      icons.push({ url, size: Number(image.attributes.size) });
    }
    expect(icons.length).toBeGreaterThan(9);
    for (const { url, size } of icons) {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_URL.length));
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  test("every hosted URL starts with the development URL, so the production rewrite reaches it", () => {
    const hosted = allUrls.filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
    );
    expect(hosted.length).toBeGreaterThan(10);
    for (const url of hosted) expect(url.startsWith(DEV_URL)).toBe(true);
  });
});
