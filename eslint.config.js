// ESLint flat config: TypeScript rules, the Office add-in rules, and the layer boundaries of DESIGN.md.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  process: "readonly",
  __dirname: "readonly",
  console: "readonly",
  Buffer: "readonly",
};

// What src/core must never reach: hosts, UI, file formats, Node, and the layers built on it.
const coreForbiddenImports = [
  { group: ["exceljs", "exceljs/*"], message: "src/core is pure: ExcelJS belongs in src/xlsx." },
  { group: ["docx", "docx/*"], message: "src/core is pure: the docx library belongs in src/docx." },
  {
    group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"],
    message: "src/core is pure: React belongs in src/taskpane.",
  },
  {
    group: ["office-*", "@microsoft/office-js*"],
    message: "src/core is pure: Office.js belongs in src/excel.",
  },
  { group: ["fs", "path", "os", "child_process", "node:*"], message: "src/core is pure: no Node APIs." },
  {
    group: [
      "**/excel/**",
      "**/xlsx/**",
      "**/docx/**",
      "**/taskpane/**",
      "**/commands/**",
      "**/cli/**",
      "**/functions/**",
      "**/preview/**",
    ],
    message: "src/core is the bottom layer: it imports nothing from adapters or shells.",
  },
];

module.exports = tseslint.config(
  { ignores: ["dist/**", "build/**", "release/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: coreForbiddenImports }],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/core is pure: Office.js belongs in src/excel." },
        { name: "Excel", message: "src/core is pure: Office.js belongs in src/excel." },
        { name: "CustomFunctions", message: "src/core is pure: custom functions belong in src/functions." },
        { name: "document", message: "src/core is pure: no DOM." },
        { name: "window", message: "src/core is pure: no DOM." },
        { name: "process", message: "src/core is pure: no Node." },
        { name: "require", message: "src/core is pure: no Node." },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The legacy-host check runs, untranspiled, in Internet Explorer 11's webview: ES5 syntax only (espree at
    // ecmaVersion 5 refuses anything newer), a browser script, and no ES2015+ methods IE lacks.
    files: ["src/**/legacy-*.js"],
    languageOptions: {
      parser: require("espree"),
      ecmaVersion: 5,
      sourceType: "script",
      globals: { window: "readonly", document: "readonly" },
    },
    rules: {
      "no-restricted-properties": [
        "error",
        ...["includes", "startsWith", "endsWith", "find", "findIndex", "padStart", "repeat", "assign"].map(
          (property) => ({ property, message: "Not in ES5 / Internet Explorer 11." }),
        ),
      ],
    },
  },
);
