/**
 * The production URL rewrite (scripts/hosting-url.js), run on the real manifest.xml: every
 * development URL becomes the hosting URL, nothing else changes; and the webpack config wires it
 * (and warns loudly when a production build has no URL). webpack itself is not run here.
 */
import * as fs from "fs";
import { XMLValidator } from "fast-xml-parser";
import { MANIFEST_PATH, descendants, parseXml } from "./manifest-helpers";
/* eslint-disable @typescript-eslint/no-require-imports */
const { DEV_URL, HostingUrlError, normalizeHostingUrl, rewriteDevUrls, requestedHostingUrl } =
  require("../../scripts/hosting-url") as {
    DEV_URL: string;
    HostingUrlError: new (message: string) => Error;
    normalizeHostingUrl: (url: string) => string;
    rewriteDevUrls: (text: string, url: string) => string;
    requestedHostingUrl: (
      env?: Record<string, unknown>,
      environment?: Record<string, string | undefined>,
    ) => string | undefined;
  };
/* eslint-enable @typescript-eslint/no-require-imports */

const HOSTING = "https://cchc.example.gov.vn/addin/";
const manifest = fs.readFileSync(MANIFEST_PATH, "utf8");

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe("rewriteDevUrls on manifest.xml", () => {
  const rewritten = rewriteDevUrls(manifest, HOSTING);

  test("leaves no localhost URL behind", () => {
    expect(count(manifest, DEV_URL)).toBeGreaterThan(10);
    expect(rewritten).not.toMatch(/https?:\/\/localhost/);
    expect(rewritten).not.toContain("localhost");
  });

  test("replaces every occurrence and nothing else", () => {
    expect(count(rewritten, HOSTING)).toBe(count(manifest, DEV_URL));
    expect(rewritten.split(HOSTING).join(DEV_URL)).toBe(manifest);
  });

  test("keeps the manifest well-formed, with every resource URL on the hosting server", () => {
    expect(XMLValidator.validate(rewritten)).toBe(true);
    const urls = descendants(parseXml(rewritten))
      .flatMap((n) => [n.attributes.DefaultValue, n.attributes.Value])
      .filter((v): v is string => typeof v === "string" && v.startsWith("https://"));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(HOSTING)).toBe(true);
    expect(urls).toContain(`${HOSTING}taskpane.html`);
    expect(urls).toContain(`${HOSTING}functions.vi-VN.json`);
  });

  test("rewrites the help URLs in the functions metadata", () => {
    const json = JSON.stringify({
      functions: [
        { id: "RANK", helpUrl: `${DEV_URL}help.html#cchc-rank` },
        { id: "INDEX", helpUrl: `${DEV_URL}help.html#cchc-index` },
      ],
    });
    const result = JSON.parse(rewriteDevUrls(json, HOSTING)) as { functions: { helpUrl: string }[] };
    expect(result.functions.map((f) => f.helpUrl)).toEqual([
      `${HOSTING}help.html#cchc-rank`,
      `${HOSTING}help.html#cchc-index`,
    ]);
  });

  test("a URL without the trailing slash is the same folder", () => {
    expect(rewriteDevUrls(manifest, "https://cchc.example.gov.vn/addin")).toBe(rewritten);
  });
});

describe("normalizeHostingUrl", () => {
  test.each([
    ["https://cchc.example.gov.vn/addin/", "https://cchc.example.gov.vn/addin/"],
    ["https://cchc.example.gov.vn/addin", "https://cchc.example.gov.vn/addin/"],
    ["  https://Host.Example.VN  ", "https://host.example.vn/"],
    ["https://example.vn:8443/a/b", "https://example.vn:8443/a/b/"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeHostingUrl(input)).toBe(expected);
  });

  test.each([
    ["", /empty/],
    ["cchc.example.gov.vn/addin", /not an absolute URL/],
    ["http://cchc.example.gov.vn/addin/", /must use https/],
    ["https://cchc.example.gov.vn/addin/?v=2", /query or a fragment/],
    ["https://cchc.example.gov.vn/addin/#x", /query or a fragment/],
    ["https://user:pw@cchc.example.gov.vn/", /credentials/],
    ["https://cchc.example.gov.vn/a&b/", /not allowed/],
    ["https://cchc.example.gov.vn/it's/", /not allowed/],
    ["https://localhost:3000/", /development URL/],
  ])("refuses %j", (input, message) => {
    expect(() => normalizeHostingUrl(input)).toThrow(HostingUrlError);
    expect(() => normalizeHostingUrl(input)).toThrow(message);
  });
});

describe("requestedHostingUrl", () => {
  test("--env url wins over ADDIN_URL; neither means none", () => {
    expect(requestedHostingUrl({ url: "https://a.vn/" }, { ADDIN_URL: "https://b.vn/" })).toBe(
      "https://a.vn/",
    );
    expect(requestedHostingUrl({}, { ADDIN_URL: " https://b.vn/ " })).toBe("https://b.vn/");
    expect(requestedHostingUrl({}, {})).toBeUndefined();
    expect(requestedHostingUrl({}, { ADDIN_URL: "" })).toBeUndefined();
  });

  test("--env url without a value is an error, not a silent localhost build", () => {
    expect(() => requestedHostingUrl({ url: true }, {})).toThrow(/needs a value/);
    expect(() => requestedHostingUrl({ url: "" }, {})).toThrow(/needs a value/);
  });
});
