/**
 * Colors as the API takes them ("#RRGGBB" or an HTML color name) and returns them ("#RRGGBB", upper case).
 */
import { simError } from "./errors";

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  cyan: "#00FFFF",
  aqua: "#00FFFF",
  magenta: "#FF00FF",
  fuchsia: "#FF00FF",
  silver: "#C0C0C0",
  gray: "#808080",
  grey: "#808080",
  maroon: "#800000",
  olive: "#808000",
  green: "#008000",
  purple: "#800080",
  teal: "#008080",
  navy: "#000080",
  orange: "#FFA500",
  pink: "#FFC0CB",
  brown: "#A52A2A",
  gold: "#FFD700",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgray: "#A9A9A9",
  darkgrey: "#A9A9A9",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
  lightpink: "#FFB6C1",
  darkred: "#8B0000",
  darkgreen: "#006400",
  darkblue: "#00008B",
  orangered: "#FF4500",
  salmon: "#FA8072",
  tomato: "#FF6347",
  coral: "#FF7F50",
  khaki: "#F0E68C",
  beige: "#F5F5DC",
  ivory: "#FFFFF0",
  lavender: "#E6E6FA",
  violet: "#EE82EE",
  indigo: "#4B0082",
  crimson: "#DC143C",
  skyblue: "#87CEEB",
  steelblue: "#4682B4",
  royalblue: "#4169E1",
  tan: "#D2B48C",
  wheat: "#F5DEB3",
  honeydew: "#F0FFF0",
  mintcream: "#F5FFFA",
  whitesmoke: "#F5F5F5",
  gainsboro: "#DCDCDC",
  linen: "#FAF0E6",
  mistyrose: "#FFE4E1",
  lemonchiffon: "#FFFACD",
};

export function normalizeColor(input: unknown, location: string): string {
  if (typeof input !== "string") throw simError("InvalidArgument", undefined, location);
  const text = input.trim();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(text);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const named = NAMED[text.toLowerCase()];
  if (named) return named;
  throw simError("InvalidArgument", `'${input}' is not a color.`, location);
}
