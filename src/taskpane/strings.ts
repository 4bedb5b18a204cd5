/**
 * The minimal pane's and the ribbon commands' strings, Vietnamese first. To move into src/i18n
 * with the real pane.
 */
export const paneStrings = {
  productName: "Chỉ số CCHC",
  tagline: "Xếp hạng đơn vị theo Chỉ số cải cách hành chính",
  connecting: "Đang kết nối với Excel…",
  connected: "Đã kết nối với Excel. Gõ =CCHC. vào một ô để dùng các hàm xếp hạng.",
  outsideExcel: "Không chạy trong Excel: hãy mở bổ trợ trong Excel để dùng các hàm và báo cáo.",
  messagesLabel: "Thông báo",
} as const;

export const commandStrings = {
  reportComingSoon:
    "Chức năng tạo báo cáo sẽ có trong bản cập nhật tới. Trong lúc chờ, bạn có thể dùng các hàm CCHC: gõ =CCHC. vào một ô.",
} as const;
