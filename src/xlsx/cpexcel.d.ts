/** SheetJS's code-page tables (their own typings resolve only under the "bundler"/"node16" module resolution). */
declare module "@e965/xlsx/dist/cpexcel.full";
