/**
 * Every message the product shows, Vietnamese first and English second. Placeholders are {name}.
 * Domain words (khối, chỉ số, xếp hạng…) stay Vietnamese in both languages where staff use them.
 */

export const vi = {
  notANumber: "“{text}” không phải là số.",
  ambiguousNumber: "“{text}” có thể hiểu theo nhiều cách ({readings}); hãy nhập số rõ ràng, ví dụ 85,5.",
  blankValue: "Ô {argument} đang trống.",
  notApplicable: "{argument} là “{text}” (không áp dụng).",
  booleanValue: "{argument} là giá trị logic ({text}), không phải là số.",
  errorInput: "{argument} đang có lỗi {code}.",
  maxNotPositive: "Điểm tối đa phải lớn hơn 0 (đang là {max}).",
  scoreAboveMax: "Điểm {score} lớn hơn điểm tối đa {max}.",
  scoreNegative: "Điểm {score} là số âm.",
  errorInRange:
    "Vùng {argument} có lỗi {code} ở dòng thứ {row}, cột thứ {column} của vùng; hãy sửa ô đó trước khi xếp hạng.",
  groupsWithoutGroup: "Đã chọn vùng khối (groups) nhưng chưa cho biết khối cần xếp hạng (group).",
  groupWithoutGroups: "Đã cho biết khối (group) nhưng chưa chọn vùng khối (groups).",
  shapeMismatch: "Vùng {argument} phải có cùng kích thước với vùng giá trị ({rows} dòng × {columns} cột).",
  notOneColumn: "Vùng giá trị phải là một cột (hoặc một hàng); vùng đã chọn có {rows} dòng × {columns} cột.",
  thresholdOutOfRange:
    "Ngưỡng {threshold} không hợp lệ: nhập phần trăm lớn hơn 0 và không quá 100 (ví dụ 75) hoặc phân số từ 0 đến 1 (ví dụ 0,75).",
  rankNotPositiveInteger: "Thứ hạng {rank} phải là số nguyên dương.",
  previousRankMissing: "Không có thứ hạng năm trước để so sánh (không so sánh được).",
  currentRankMissing: "Chưa có thứ hạng năm nay.",
  indexOutOfRange: "Chỉ số {index} phải nằm trong khoảng 0–100.",
  noBand: "Chỉ số {index} thấp hơn mọi ngưỡng trong bảng xếp loại.",
  badBandRow: "Bảng xếp loại phải có 2 cột: cận dưới (số) và tên loại; dòng thứ {row} không hợp lệ.",
  duplicateBand: "Bảng xếp loại có hai loại cùng cận dưới {bound}.",
  emptyBands: "Bảng xếp loại không có dòng nào.",
  decimalsOutOfRange: "Số chữ số thập phân {decimals} không hợp lệ: nhập số nguyên từ 0 đến 10.",
  unknownTieMethod: "Cách xếp hạng đồng hạng {method} không hợp lệ: 0 = 1, 2, 2, 4; 1 = 1, 2, 2, 3.",
  unexpected: "Lỗi không mong đợi: {detail}",
} as const;

export type MessageKey = keyof typeof vi;

export const en: Record<MessageKey, string> = {
  notANumber: "“{text}” is not a number.",
  ambiguousNumber:
    "“{text}” can be read in several ways ({readings}); enter an unambiguous number such as 85,5.",
  blankValue: "{argument} is blank.",
  notApplicable: "{argument} is “{text}” (not applicable).",
  booleanValue: "{argument} is a logical value ({text}), not a number.",
  errorInput: "{argument} holds the error {code}.",
  maxNotPositive: "The maximum must be greater than 0 (it is {max}).",
  scoreAboveMax: "The score {score} is above the maximum {max}.",
  scoreNegative: "The score {score} is negative.",
  errorInRange:
    "The range {argument} holds the error {code} in its row {row}, column {column}; fix that cell before ranking.",
  groupsWithoutGroup: "A groups range (khối) was given without the group to rank within.",
  groupWithoutGroups: "A group (khối) was given without a groups range.",
  shapeMismatch:
    "The range {argument} must have the same size as the values ({rows} rows × {columns} columns).",
  notOneColumn: "The values must be one column (or one row); the range has {rows} rows × {columns} columns.",
  thresholdOutOfRange:
    "The threshold {threshold} is invalid: enter a percentage above 0 and at most 100 (e.g. 75) or a fraction in (0, 1] (e.g. 0.75).",
  rankNotPositiveInteger: "The rank {rank} must be a positive whole number.",
  previousRankMissing: "There is no previous rank to compare with (not comparable).",
  currentRankMissing: "There is no current rank.",
  indexOutOfRange: "The index {index} must be between 0 and 100.",
  noBand: "The index {index} is below every band of the rating table.",
  badBandRow: "The rating table needs 2 columns, lower bound (a number) and label; its row {row} is invalid.",
  duplicateBand: "The rating table has two bands with the lower bound {bound}.",
  emptyBands: "The rating table has no rows.",
  decimalsOutOfRange: "The number of decimals {decimals} is invalid: enter a whole number from 0 to 10.",
  unknownTieMethod: "The tie method {method} is invalid: 0 = 1, 2, 2, 4; 1 = 1, 2, 2, 3.",
  unexpected: "Unexpected error: {detail}",
};

export type Language = "vi" | "en";

export type MessageParams = Readonly<Record<string, string | number>>;

/** Formats a number the Vietnamese way (decimal comma) or the English way, at full shown precision. */
export function formatNumber(value: number, language: Language): string {
  const text = String(Number(value.toPrecision(15)));
  return language === "vi" ? text.replace(".", ",") : text;
}

export function formatMessage(
  key: MessageKey,
  params: MessageParams = {},
  language: Language = "vi",
): string {
  const template = (language === "vi" ? vi : en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, language) : value;
  });
}
