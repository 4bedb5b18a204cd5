/**
 * Range.text: a cell's value shown through its number format. Covers what reports use — General, fixed
 * decimals, thousands separators, percentages, text "@", quoted literals, sections and simple dates — not
 * Excel's full format language.
 */
import type { CellValue } from "./state";
import { isErrorValue } from "../../core/grid";

function generalNumber(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/, "");
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const digits = Math.max(0, 10 - Math.floor(Math.log10(abs)));
  return String(Number(value.toFixed(Math.min(digits, 20))));
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** Literal text of a section outside digit placeholders: quoted strings, escaped characters, brackets removed. */
function literalParts(section: string): { prefix: string; core: string; suffix: string } {
  const cleaned = section
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, " ")
    .replace(/\*./g, "");
  const match = /[0#?.,%]/.exec(
    cleaned.replace(/"[^"]*"/g, (m) => " ".repeat(m.length)).replace(/\\./g, "  "),
  );
  if (!match) return { prefix: unquote(cleaned), core: "", suffix: "" };
  let end = cleaned.length;
  const masked = cleaned.replace(/"[^"]*"/g, (m) => " ".repeat(m.length)).replace(/\\./g, "  ");
  while (end > match.index && !/[0#?.,%]/.test(masked[end - 1])) end--;
  return {
    prefix: unquote(cleaned.slice(0, match.index)),
    core: cleaned.slice(match.index, end),
    suffix: unquote(cleaned.slice(end)),
  };
}

function unquote(text: string): string {
  return text.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
}

function formatNumberCore(value: number, core: string): string {
  const percent = (core.match(/%/g) ?? []).length;
  let n = value * Math.pow(100, percent);
  const numeric = core.replace(/%/g, "");
  const [intPart, decPart = ""] = numeric.split(".");
  const decimals = (decPart.match(/[0#?]/g) ?? []).length;
  const grouping = /[0#?],[0#?]/.test(intPart);
  const trailingCommas = (/,+$/.exec(intPart) ?? [""])[0].length;
  n = n / Math.pow(1000, trailingCommas);
  const minInt = (intPart.match(/0/g) ?? []).length;
  let text = Math.abs(n).toFixed(decimals);
  let [whole, frac = ""] = text.split(".");
  if (minInt === 0 && whole === "0") whole = "";
  whole = whole.padStart(minInt, "0");
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const optional = (decPart.match(/#/g) ?? []).length;
  if (optional > 0) frac = frac.replace(new RegExp(`0{1,${optional}}$`), "");
  text = frac.length > 0 ? `${whole}.${frac}` : whole;
  return text + "%".repeat(percent);
}

function isDateFormat(section: string): boolean {
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/[0#?]/.test(bare);
}

function formatDate(serial: number, section: string): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const date = new Date(ms);
  const pad = (v: number) => String(v).padStart(2, "0");
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  const days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  let previous = "";
  const bare = section.replace(/\[[^\]]*\]/g, "");
  const out = bare.replace(
    /"([^"]*)"|\\(.)|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s/gi,
    (token, quoted?: string, escaped?: string) => {
      if (quoted !== undefined) return quoted;
      if (escaped !== undefined) return escaped;
      const t = token.toLowerCase();
      let result: string;
      const minute = (t === "mm" || t === "m") && /^h/.test(previous);
      if (t === "yyyy") result = String(date.getUTCFullYear());
      else if (t === "yy") result = pad(date.getUTCFullYear() % 100);
      else if (t === "mmmm") result = months[date.getUTCMonth()];
      else if (t === "mmm") result = months[date.getUTCMonth()].slice(0, 3);
      else if (minute) result = t === "mm" ? pad(date.getUTCMinutes()) : String(date.getUTCMinutes());
      else if (t === "mm") result = pad(date.getUTCMonth() + 1);
      else if (t === "m") result = String(date.getUTCMonth() + 1);
      else if (t === "dddd") result = days[date.getUTCDay()];
      else if (t === "ddd") result = days[date.getUTCDay()].slice(0, 3);
      else if (t === "dd") result = pad(date.getUTCDate());
      else if (t === "d") result = String(date.getUTCDate());
      else if (t === "hh") result = pad(date.getUTCHours());
      else if (t === "h") result = String(date.getUTCHours());
      else if (t === "ss") result = pad(date.getUTCSeconds());
      else result = String(date.getUTCSeconds());
      previous = t;
      return result;
    },
  );
  return out;
}

/** The text Excel displays for a value under a number format (the API's `text`, independent of column width). */
export function formatValue(value: CellValue, numberFormat: string): string {
  if (value === null) return "";
  if (isErrorValue(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = splitSections(numberFormat || "General");
  if (typeof value === "string") {
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
    if (!textSection) return value;
    return unquote(textSection.replace(/\[[^\]]*\]/g, "")).replace("@", value);
  }
  let section = sections[0];
  let n = value;
  if (sections.length >= 2 && value < 0) {
    section = sections[1];
    n = -value;
  } else if (sections.length >= 3 && value === 0) section = sections[2];
  if (/^general$/i.test(section.trim()) || section.trim() === "") return generalNumber(n);
  if (section.trim() === "@") return generalNumber(n);
  if (isDateFormat(section)) return formatDate(n, section);
  const { prefix, core, suffix } = literalParts(section);
  if (core === "") return prefix + suffix;
  const sign = n < 0 && sections.length < 2 ? "-" : "";
  const body = formatNumberCore(n, core);
  const showsZeroOnly =
    /^[0.,%]*$/.test(body.replace(/[0.,%]/g, "")) && Number(body.replace(/[^0-9]/g, "") || "0") === 0;
  return (showsZeroOnly ? "" : sign) + prefix + body + suffix;
}
