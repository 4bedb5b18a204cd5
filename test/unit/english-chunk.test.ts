/**
 * English arrives apart (src/i18n/loadEnglish.ts): in a fresh module registry — as on the pane's page, where the
 * first bundle carries Vietnamese only — English falls back to Vietnamese until loadEnglish() has registered it.
 */
test("English falls back to Vietnamese until loaded, then is English", async () => {
  await jest.isolateModulesAsync(async () => {
    const messages = await import("../../src/i18n/messages");
    const pane = await import("../../src/i18n/pane");
    const { loadEnglish } = await import("../../src/i18n/loadEnglish");
    expect(messages.englishMessagesLoaded()).toBe(false);
    const vi = messages.formatMessage("emptyWorkbook", {}, "vi");
    expect(messages.formatMessage("emptyWorkbook", {}, "en")).toBe(vi);
    expect(pane.paneText("cmdReportFailed", { message: "x" }, "en")).toMatch(/^Không tạo được báo cáo|x/);
    await loadEnglish();
    expect(messages.englishMessagesLoaded()).toBe(true);
    expect(messages.formatMessage("emptyWorkbook", {}, "en")).not.toBe(vi);
    expect(pane.paneText("cmdReportFailed", { message: "x" }, "en")).toMatch(
      /^The report could not be created/,
    );
  });
});
