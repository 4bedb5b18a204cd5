/*
 * The legacy-host check: the first script of our own on the add-in's page (taskpane.html, which is also the
 * ribbon commands' and the functions' page in the shared runtime), and the only one that loads the bundles.
 *
 * Office 2016/2019 volume-licensed (and retail ones without WebView2) host add-ins in Internet Explorer 11's
 * webview (Trident), a few others in Edge Legacy (EdgeHTML) (README, chapter 4). The bundles are ES2020 and
 * React 19 / Fluent UI v9 support neither: there the pane would sit on "Đang tải…" forever. So this file is
 * plain ES5, copied to dist/ as it is (no transform, no minifier: webpack.config.js), and it
 *   - on Trident, EdgeHTML, or an engine without the language features the bundles need, shows why and the ways
 *     out (Excel on the web / Microsoft 365, the standalone page, the `cchc` command), in Vietnamese and English,
 *     and loads nothing else;
 *   - elsewhere appends the bundles listed in its own data-bundles attribute (html-webpack-plugin writes the list
 *     into the template), in that order, as the page's scripts.
 * Syntax cannot be probed without eval, which the page's CSP forbids: ES2021's String.prototype.replaceAll
 * stands for the ES2020 syntax the bundles use (optional chaining, ??): every engine that has it parses them.
 * The strings live here, not in src/i18n: this file cannot import the TypeScript modules.
 */
(function () {
  "use strict";

  var SCRIPT_ID = "cchc-legacy-check";
  var ROOT_ID = "root";

  /**
   * The language features the bundles rely on, each checked as a property path from window (no eval under the
   * CSP): ES2015 collections and proxies, ES2018-2020 built-ins, fetch, and replaceAll for the syntax.
   */
  var FEATURES = [
    "Promise.allSettled",
    "Symbol.asyncIterator",
    "Map",
    "Set",
    "WeakMap",
    "Proxy",
    "Reflect.ownKeys",
    "fetch",
    "globalThis",
    "Object.fromEntries",
    "Array.prototype.flat",
    "String.prototype.matchAll",
    "String.prototype.replaceAll",
  ];

  function present(path) {
    var value = window;
    var names = path.split(".");
    for (var i = 0; i < names.length; i++) {
      if (value === null || value === undefined) return false;
      value = value[names[i]];
    }
    return value !== null && value !== undefined;
  }

  /** Why this host cannot run the pane: the webview's engine and the missing features (empty: it can). */
  function legacyReasons(userAgent) {
    var reasons = [];
    if (/Trident\/|MSIE /.test(userAgent)) reasons.push("Trident (Internet Explorer)");
    if (/\bEdge\/\d/.test(userAgent)) reasons.push("EdgeHTML (Edge Legacy)");
    for (var i = 0; i < FEATURES.length; i++) {
      if (!present(FEATURES[i])) reasons.push(FEATURES[i]);
    }
    return reasons;
  }

  /** standalone.html beside this page (same folder on the hosting server). */
  function standaloneUrl() {
    return (
      String(window.location.href)
        .replace(/[?#].*$/, "")
        .replace(/[^/]*$/, "") + "standalone.html"
    );
  }

  function element(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    for (var name in attributes || {}) {
      if (Object.prototype.hasOwnProperty.call(attributes, name)) node.setAttribute(name, attributes[name]);
    }
    return node;
  }

  /** One language's message: heading, why, and the ways out as a list. */
  function section(language, texts, url) {
    var part = element("section", "", { lang: language });
    part.appendChild(element("h1", texts.heading, { style: "font-size: 16px; margin: 0 0 8px" }));
    part.appendChild(element("p", texts.why));
    var list = element("ol", "", { style: "padding-left: 20px" });
    list.appendChild(element("li", texts.web));
    var standalone = element("li", texts.standalone + " ");
    standalone.appendChild(element("a", url, { href: url, target: "_blank", rel: "noopener" }));
    list.appendChild(standalone);
    var command = element("li", texts.command + " ");
    command.appendChild(element("code", texts.commandLine));
    list.appendChild(command);
    part.appendChild(list);
    return part;
  }

  var VI = {
    heading: "Chỉ số CCHC không chạy được trong Excel này",
    why:
      "Excel trên máy này mở bổ trợ bằng một trình duyệt nhúng quá cũ (Internet Explorer 11 hoặc Edge cũ), " +
      "thường gặp ở Office 2016/2019 bản cấp phép số lượng lớn. Hãy dùng một trong các cách sau:",
    web:
      "Excel trên web (mở sổ làm việc từ OneDrive/SharePoint bằng Edge hoặc Chrome) hoặc Excel của " +
      "Microsoft 365 / Office 2021 trở lên: bổ trợ chạy đầy đủ.",
    standalone:
      "Trang độc lập standalone.html, mở bằng Microsoft Edge hoặc Chrome: chọn tệp .xlsx hoặc .xls năm nay " +
      "(và năm trước), xem kết quả, tải báo cáo — không cần Excel mới, không gửi dữ liệu đi đâu:",
    command: "Lệnh cchc trên máy có Node.js (README, chương 3):",
    commandLine: "cchc report <tệp.xlsx> --out <báo-cáo.xlsx>",
  };
  var EN = {
    heading: "The CCHC Index add-in cannot run in this Excel",
    why:
      "This Excel hosts add-ins in a webview that is too old (Internet Explorer 11 or Edge Legacy), as " +
      "volume-licensed Office 2016/2019 does. Use one of these instead:",
    web:
      "Excel on the web (open the workbook from OneDrive/SharePoint in Edge or Chrome) or Microsoft 365 / " +
      "Office 2021 or later on the PC: the add-in works in full.",
    standalone:
      "The standalone page standalone.html, opened in Microsoft Edge or Chrome: pick this year's (and last " +
      "year's) .xlsx or .xls, see the results, download the report; no newer Excel needed, no data leaves the PC:",
    command: "The cchc command on a PC with Node.js (README, chapter 3):",
    commandLine: "cchc report <workbook.xlsx> --out <report.xlsx>",
  };

  function showMessage(reasons) {
    var root = document.getElementById(ROOT_ID);
    if (!root) {
      root = element("div", "", { id: ROOT_ID });
      document.body.appendChild(root);
    }
    var url = standaloneUrl();
    var box = element("div", "", {
      role: "alert",
      "data-testid": "legacy-host",
      style: 'font-family: "Segoe UI", sans-serif; font-size: 14px; line-height: 1.4; padding: 12px',
    });
    box.appendChild(section("vi", VI, url));
    box.appendChild(element("hr"));
    box.appendChild(section("en", EN, url));
    box.appendChild(element("p", "Chi tiết / Details: " + reasons.join(", "), { style: "color: #616161" }));
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(box);
  }

  function loadBundles(list) {
    var urls = list ? list.split(/\s+/) : [];
    for (var i = 0; i < urls.length; i++) {
      if (!urls[i]) continue;
      var script = document.createElement("script");
      script.src = urls[i];
      // Dynamically inserted scripts run as soon as they arrive; async = false keeps the listed order.
      script.async = false;
      document.body.appendChild(script);
    }
  }

  var self = document.getElementById(SCRIPT_ID);
  var reasons = legacyReasons(String(window.navigator.userAgent));
  document.documentElement.setAttribute("data-legacy-host", reasons.length > 0 ? "true" : "false");
  if (reasons.length > 0) {
    window.cchcLegacyHost = reasons;
    showMessage(reasons);
  } else {
    loadBundles(self ? self.getAttribute("data-bundles") : "");
  }
})();
