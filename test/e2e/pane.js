// How the e2e run finds its way around the task pane (src/taskpane): its tabs and buttons by role and name
// (Vietnamese, the default language), its lists by data-testid. One place to change when the pane changes.

const pane = (page) => page.getByTestId("pane");

async function waitReady(page, timeout = 30000) {
  await pane(page).locator("#tab-table").waitFor({ state: "visible", timeout });
}

async function openTab(page, tab) {
  await pane(page).locator(`#tab-${tab}`).click();
  await pane(page).getByTestId(`panel-${tab}`).waitFor({ state: "visible" });
}

function button(page, name) {
  return pane(page).getByRole("button", { name });
}

const NAMES = {
  highlight: /^(Tô màu|Đánh dấu)/i,
  clear: /^(Xóa|Xoá|Bỏ) (tô màu|đánh dấu)/i,
  report: /^Tạo báo cáo/i,
};

module.exports = { pane, waitReady, openTab, button, NAMES };
