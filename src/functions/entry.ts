/**
 * The functions bundle's entry (webpack's "functions" chunk, first on the pane's page). It loads functions.ts —
 * whose module ends with the `CustomFunctions.associate(…)` calls the metadata plugin appends — only where Excel
 * provides the custom functions runtime. Where it does not (Excel 2019, Excel on iPad, the pane opened from
 * Insert → My Add-ins on an Excel without the shared runtime, a plain browser), the global `CustomFunctions` is
 * absent and those appended calls would throw a ReferenceError on the pane's page; here they are simply not made.
 * The manifest declares the functions inside VersionOverrides, so such an Excel still installs the add-in and
 * opens the pane (README, chapter 4).
 * `webpackMode: "eager"` keeps functions.ts inside this bundle: no extra request, registration right after load,
 * still without waiting for React.
 */

/** True where Excel's custom functions runtime is loaded (the shared runtime of Excel on the web, Windows, Mac). */
export function hasCustomFunctionsRuntime(): boolean {
  // `typeof` on the bare name: office.js may declare it as a global binding that is not a property of globalThis.
  return typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function";
}

/** Settles true once the functions are associated, false where they are not (absent runtime, or a failure). */
export const registered: Promise<boolean> = hasCustomFunctionsRuntime()
  ? import(/* webpackMode: "eager" */ "./functions").then(
      () => true,
      (error: unknown) => {
        // The pane must load whatever happens here: say why the =CCHC.* functions are missing, nothing more.
        console.error("CCHC: the custom functions could not be registered", error);
        return false;
      },
    )
  : Promise.resolve(false);
