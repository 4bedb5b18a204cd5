// How the e2e run finds its way around the task pane (src/taskpane): its tabs and buttons by role and name
// (Vietnamese, the default language), its lists by data-testid. One place to change when the pane changes.
// The preview shows the pane at Excel's task-pane width (preview.html?pane=320).

const pane = (page) => page.getByTestId("pane");

async function waitReady(page, timeout = 30000) {
  await pane(page).locator("#tab-start").waitFor({ state: "visible", timeout });
}

async function openTab(page, tab) {
  await pane(page).locator(`#tab-${tab}`).click();
  await pane(page).getByTestId(`panel-${tab}`).waitFor({ state: "visible" });
}

function button(page, name) {
  return pane(page).getByRole("button", { name });
}

/**
 * What scrolls sideways in the pane: the pane's own overflow, and the elements whose right edge passes the
 * pane's content box (at most five, named for the failure message). Empty when everything fits.
 */
async function horizontalOverflow(page) {
  return pane(page).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const right = box.left + el.clientLeft + el.clientWidth;
    const problems = [];
    if (el.scrollWidth > el.clientWidth)
      problems.push(`the pane scrolls sideways (${el.scrollWidth} > ${el.clientWidth} px)`);
    for (const child of el.querySelectorAll("*")) {
      const r = child.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= right + 0.5) continue;
      const text = (child.textContent || "").trim().slice(0, 40);
      problems.push(
        `<${child.tagName.toLowerCase()}> “${text}” ends ${Math.round(r.right - right)} px past the pane`,
      );
      if (problems.length >= 5) break;
    }
    return problems;
  });
}

const NAMES = {
  highlight: /^(Tô màu|Đánh dấu)/i,
  clear: /^(Xóa|Xoá|Bỏ) (tô màu|đánh dấu)/i,
  report: /^Tạo báo cáo/i,
  notice: "Tải dự thảo thông báo (.docx)",
};

module.exports = { pane, waitReady, openTab, button, horizontalOverflow, NAMES, PANE_WIDTH: 320 };
