// Makes a per-language copy of the custom functions metadata (functions.json → functions.vi-VN.json).
// Excel localizes custom functions only through a separate metadata file per language, which the
// manifest names with a <bt:Override Locale="vi-VN"> on the metadata URL; the metadata plugin emits
// one file, so the build applies src/functions/locales/<locale>.json to it with this pure function.
// The translation and the source must never drift: a function, parameter or enum value without a
// translation, or a translation of something that does not exist, is an error that stops the build.
//
// Translation file:
//   { "functions": { "<ID>": { "name", "description", "parameters": { "<english name>": { "name", "description" } } } },
//     "enums": { "<ENUM ID>": { "<value name>": "<tooltip>" } } }

/** Excel's rule for a function's display name: a letter first, then letters, digits, "_" or "."; 3+ characters. */
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
/** Names Excel would read as a cell reference (A1 … XFD1048576, R1C1). */
const CELL_REFERENCE = /^([A-Z]{1,3}\d+|R\d*C\d*)$/i;

class LocalizationError extends Error {
  /** @param {string} locale @param {string[]} problems */
  constructor(locale, problems) {
    super(
      `The ${locale} translation of the custom functions does not match their metadata:\n` +
        problems.map((p) => `  - ${p}`).join("\n"),
    );
    this.name = "LocalizationError";
    this.problems = problems;
  }
}

function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isText(value) {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * Returns a copy of `metadata` with function names, descriptions, parameter names and descriptions,
 * and custom enum tooltips taken from `translations`. Ids, types and everything else stay as they are.
 * Throws a LocalizationError listing every problem at once.
 * @param {{ functions: any[], enums?: any[] }} metadata functions.json as the metadata plugin emits it
 * @param {unknown} translations the parsed translation file
 * @param {string} [locale] for messages only
 */
function localizeFunctions(metadata, translations, locale = "vi-VN") {
  const problems = [];
  if (!isObject(metadata) || !Array.isArray(metadata.functions)) {
    throw new LocalizationError(locale, ["the metadata has no functions array"]);
  }
  if (!isObject(translations) || !isObject(translations.functions)) {
    throw new LocalizationError(locale, ['the translation file has no "functions" object']);
  }
  for (const key of Object.keys(translations)) {
    if (key !== "functions" && key !== "enums" && !key.startsWith("$")) {
      problems.push(`unknown top-level key "${key}" (expected "functions" and "enums")`);
    }
  }

  const functionTranslations = translations.functions;
  const knownIds = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(functionTranslations)) {
    if (!knownIds.has(id)) problems.push(`translation for unknown function ${id}`);
  }

  const usedNames = new Map();
  const functions = metadata.functions.map((fn) => {
    const t = functionTranslations[fn.id];
    if (!isObject(t)) {
      problems.push(`function ${fn.id} has no translation`);
      return fn;
    }
    const out = { ...fn };
    if (!isText(t.name)) {
      problems.push(`function ${fn.id} has no translated name`);
    } else {
      const name = t.name.trim();
      if (!FUNCTION_NAME.test(name)) {
        problems.push(
          `function ${fn.id}: "${name}" is not a valid Excel function name (a letter, then letters, digits, "_" or "."; at least 3 characters)`,
        );
      } else if (CELL_REFERENCE.test(name)) {
        problems.push(`function ${fn.id}: "${name}" reads as a cell reference`);
      }
      const clash = usedNames.get(name.toUpperCase());
      if (clash) problems.push(`functions ${clash} and ${fn.id} are both translated as "${name}"`);
      usedNames.set(name.toUpperCase(), fn.id);
      out.name = name;
    }
    if (fn.description !== undefined) {
      if (!isText(t.description)) problems.push(`function ${fn.id} has no translated description`);
      else out.description = t.description;
    } else if (t.description !== undefined) {
      problems.push(`function ${fn.id} has a translated description but no description in the source`);
    }

    const parameterTranslations = t.parameters === undefined ? {} : t.parameters;
    if (!isObject(parameterTranslations)) {
      problems.push(`function ${fn.id}: "parameters" must be an object keyed by the English parameter names`);
      return out;
    }
    const parameters = Array.isArray(fn.parameters) ? fn.parameters : [];
    const knownParameters = new Set(parameters.map((p) => p.name));
    for (const name of Object.keys(parameterTranslations)) {
      if (!knownParameters.has(name))
        problems.push(`function ${fn.id}: translation for unknown parameter "${name}"`);
    }
    const usedParameterNames = new Set();
    out.parameters = parameters.map((p) => {
      const pt = parameterTranslations[p.name];
      if (!isObject(pt) || !isText(pt.name)) {
        problems.push(`function ${fn.id}: parameter "${p.name}" has no translated name`);
        return p;
      }
      const translated = { ...p, name: pt.name.trim() };
      if (usedParameterNames.has(translated.name)) {
        problems.push(`function ${fn.id}: two parameters are translated as "${translated.name}"`);
      }
      usedParameterNames.add(translated.name);
      if (p.description !== undefined) {
        if (!isText(pt.description)) {
          problems.push(`function ${fn.id}: parameter "${p.name}" has no translated description`);
        } else {
          translated.description = pt.description;
        }
      }
      return translated;
    });
    return out;
  });

  const result = { ...metadata, functions };
  const enumTranslations = translations.enums === undefined ? {} : translations.enums;
  if (!isObject(enumTranslations)) {
    problems.push('"enums" must be an object keyed by enum id');
  } else {
    const enums = Array.isArray(metadata.enums) ? metadata.enums : [];
    const knownEnums = new Set(enums.map((e) => e.id));
    for (const id of Object.keys(enumTranslations)) {
      if (!knownEnums.has(id)) problems.push(`translation for unknown enum ${id}`);
    }
    if (Array.isArray(metadata.enums)) {
      result.enums = enums.map((e) => {
        const et = enumTranslations[e.id];
        const values = Array.isArray(e.values) ? e.values : [];
        if (!isObject(et)) {
          if (values.length > 0) problems.push(`enum ${e.id} has no translation`);
          return e;
        }
        const knownValues = new Set(values.map((v) => v.name));
        for (const name of Object.keys(et)) {
          if (!knownValues.has(name)) problems.push(`enum ${e.id}: translation for unknown value "${name}"`);
        }
        return {
          ...e,
          values: values.map((v) => {
            if (!isText(et[v.name])) {
              problems.push(`enum ${e.id}: value "${v.name}" has no translated tooltip`);
              return v;
            }
            return { ...v, tooltip: et[v.name] };
          }),
        };
      });
    }
  }

  if (problems.length > 0) throw new LocalizationError(locale, problems);
  return result;
}

module.exports = { localizeFunctions, LocalizationError };
