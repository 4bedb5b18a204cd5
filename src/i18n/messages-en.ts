/** The English messages (see messages.ts: loaded apart from the Vietnamese ones). */
import type { MessageKey } from "./messages";

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
  invalidSettings: "Invalid settings — {problems}",
  noNameColumn:
    "A header row was found but not the unit name column; choose it in the settings (mapping.name).",
  rowWithoutName: "A row with scores but no unit name; the row is skipped.",
  emptyWorkbook: "The file holds no data: every sheet is empty.",
  xlsxIgnoredCells:
    "Ignored {count} cell(s) holding data far from the table (outside {region}): {cells}. If they hold real data, move them into the table; otherwise delete them.",
  formulasEvaluated:
    "Column(s) {columns}: {count} formula(s) saved without their results (a file written by another program) were computed here exactly as written ({functions}).",
  formulasNotEvaluable:
    "{count} formula(s) in the score table were saved without their results and cannot be computed here (only +, −, ×, ÷, SUM, ROUND… over cells of the file can): {cells} — cell {first} holds “{formula}”. Open the file in Excel and save it, so that Excel computes them, then try again. Nothing was written.",
  formulasLeftBlank:
    "{count} formula(s) outside the score table were saved without their results and cannot be computed; those cells are taken as blank: {cells}.",
  totalBlankComputed:
    "The total of “{name}” is blank; the sum of the components ({computed}) is taken as its total.",
  noTable:
    "No score table was found. Three layouts were tried: a unit per row (a header row with a “Tên cơ quan, đơn vị” or “Đơn vị” column and score columns); a unit per column (criteria rows TT 1, 1.1, 1.1.1 … with a “TT” and a “Điểm tối đa” column, each unit's name at the head of its column); a scoring form per unit, one sheet each (criteria rows with a “Điểm tối đa” and a “Điểm thẩm định” column). Sheets looked at: {sheets}.{@acrossHint}{@formsHint}",
  noTableAcross:
    " The sheet(s) {acrossSheets} seem to hold criteria as rows with a column per unit, but could not be read: they need a header row with a “TT” cell and a “Điểm tối đa” cell, each unit's name at the head of its column and its points in the criteria rows.",
  noTableForms:
    " {formCount} sheet(s) seem to be a scoring form per unit ({formSheets}), but could not be read: each form needs a header row with a “TT” cell, a “Điểm tối đa” cell and a score column (“Điểm thẩm định” or “Điểm tự đánh giá”) with numbers in the criteria rows.",
  formsNoGroup:
    '{count} scoring form(s) name no group (khối) in the title and have none chosen in the settings: {units} (sheets {sheets}). Those units are ranked together in the group “{group}”. If groups are ranked apart, choose each unit\'s group in the Settings step under “Unit groups” (settings file: unitGroups, unit name → group name, e.g. {"Sở Tư pháp": "Khối sở, ban, ngành"}), or write the group under the form\'s title (e.g. “(Khối sở, ban, ngành)”).',
  formGroupSettingIgnored:
    "The form on sheet “{sheet}” names the group “{title}” in its title, while the “Unit groups” setting (unitGroups) puts “{unit}” in “{setting}”: the form's title was followed. The setting applies only to forms that name no group, so that a group kept in the settings from last year never silently moves a unit; if the form's title names the wrong group, correct the title.",
  unitGroupsUnmatched:
    "The “Unit groups” setting (unitGroups) holds {count} name(s) that match no unit or form sheet and were not used: {names}.",
  unitGroupsAmbiguous:
    "The name “{key}” in the “Unit groups” setting (unitGroups, group “{group}”) matches several units once the word for the unit's kind (huyện, thị xã, phường, xã…) is left aside: {units} (sheets {sheets}), so it was used for none of them. Write the unit's full name as its form does, with its kind (e.g. “Huyện …”, “Phường …”).",
  unitGroupsConflict:
    "The form on sheet “{sheet}” (“{unit}”) names no group in its title, and the “Unit groups” setting (unitGroups) holds several names for this unit giving different groups: {entries}; none was used. Keep one name for this unit.",
  formSelfAssessmentOnly:
    "{count} form(s) have only a self-assessment column (“Điểm tự đánh giá”) and no appraisal column (“Điểm thẩm định”): {sheets}. These units' scores are their own, not appraised, yet they are ranked with the others.",
  noTableInSheet: "The sheet “{name}” holds no score table (no “Tên cơ quan, đơn vị” or “Đơn vị” column).",
  sheetNotFound: "There is no sheet “{name}”; the file's sheets are: {sheets}.",
  twoTables:
    "two score tables (headers in rows {first} and {second}); say which one to use in the settings (mapping.headerTop) or split them into two sheets.",
  ambiguousSheets:
    "Several sheets hold score tables ({sheets}); choose with --sheet (repeat it when each group sits on its own sheet).",
  noUnits: "The score table has a header (row {row}) but no unit rows under it.",
  noComponents: "The score table has no readable component, total or index column.",
  duplicateUnit: "The unit “{name}” appears twice in the group “{group}” (rows {first} and {second}).",
  groupSpellings:
    "The group column writes the group “{group}” in several ways ({others}): the units written so are ranked together in one group “{group}”. If they are different groups, give them clearly different names.",
  helperColumnNotField:
    "Column {column} (“{header}”) comes after the total and the index and has no maximum: it is taken as a helper column, not a field. If it is a field, choose it with “Sửa cột” (Edit columns) or in the settings file (mapping).",
  componentAboveMax: "The “{component}” score is {score}, above its maximum {max}.",
  componentNegative: "The “{component}” score is negative ({score}).",
  componentNotNumber:
    "The “{component}” cell holds “{text}”, not a number; the component is left out for this unit.",
  componentError: "The “{component}” cell holds the error {code}; the component is left out for this unit.",
  componentAmbiguous:
    "The “{component}” cell holds “{text}”, which reads several ways ({readings}); the component is left out.",
  separatorAmbiguous:
    "{@subject} holds “{text}”, which reads two ways: {decimal} (“{separator}” as the decimal mark) or {thousands} (“{separator}” grouping thousands), since the sheet's other numbers write decimals with “{decimalMark}”. The cell is not used; retype it as “{asDecimal}” or “{asThousands}”.",
  separatorReadingTaken:
    "{@subject} holds “{text}”: read as {decimal} (“{separator}” as the decimal mark), since the other reading, {thousands}, exceeds {bound}, the most this cell can hold; but the sheet's other numbers write decimals with “{decimalMark}”, so check it and retype it as “{asDecimal}”.",
  separatorSubjectComponent: "The “{component}” cell",
  separatorSubjectComponentMax: "The unit's maximum cell of “{component}”",
  separatorSubjectTotal: "The total cell of “{name}”",
  separatorSubjectUnitMax: "The maximum cell of “{name}”",
  separatorSubjectIndex: "The index cell of “{name}”",
  maxMissing: "The maximum of “{component}” is unknown; its threshold cannot be checked.",
  unitMaxNotPositive: "The maximum of “{name}” is {max}; it must be above 0; the unit is not ranked.",
  unitMaxMissing: "The maximum of “{name}” is unknown; the sheet's index is used.",
  totalNotNumber: "The total of “{name}” is “{text}”, not a number.",
  totalError: "The total of “{name}” holds the error {code}.",
  indexError: "The index of “{name}” holds the error {code}.",
  indexNotNumber: "The index of “{name}” is “{text}”, not a number.",
  totalAboveMax: "The total of “{name}” ({score}) is above its maximum ({max}).",
  totalNegative: "The total of “{name}” is negative ({score}).",
  totalDisagrees: "The sheet's total ({sheetValue}) differs from the sum of the components ({computed}).",
  indexDisagrees:
    "The sheet's index ({sheetValue}) differs from the index computed from total and maximum ({computed}).",
  notAssessed: "“{name}” has no scores (every score cell is blank): not ranked.",
  noIndex: "The index of “{name}” cannot be computed (no total, maximum or index): not ranked.",
  checkedComponentMissing:
    "The checked component “{component}” was not found; the explanation list leaves it out.",
  previousGroupsDiffer:
    "Last year's table has different groups (last year: {previous}; this year: {current}); each group of this year is compared with its corresponding group of last year ({pairs}), and only units matched within corresponding groups are compared.",
  ambiguousMatch:
    "The name “{name}” matches several of last year's units ({candidates}); add an alias in the settings.",
  aliasAmbiguous:
    "The alias “{name}” → “{target}” matches several of last year's units ({candidates}); write last year's name in full, as last year's table does.",
  aliasTargetMissing:
    "The alias “{name}” → “{target}” was not used: last year's table has no unit “{target}”, so “{name}” is matched by its own name. Check how last year's name is written.",
  aliasUnitMissing:
    "These aliases in the settings were not used, since this year's table has no unit of that name: {aliases}. Check how this year's name is written.",
  aliasOtherGroup:
    "By the alias “{alias}” → “{target}”, “{name}” is last year's “{previous}”; but last year that unit was ranked {previousRank} in the group “{previousGroup}”, which does not correspond to this year's group “{group}”. Ranks in different groups do not compare, so “{name}” is shown as not comparable (no rise or drop is counted).",
  matchContested:
    "“{name}” and {others} all match one of last year's units, “{previous}” (by name or alias), so none of them is compared; edit the aliases in the settings so that each of last year's units stands for one unit of this year.",
  previousRankUnreadable: "Last year's rank of “{name}” is “{text}”, not a rank.",
  ratingUnreadable: "The head rating “{text}” of “{name}” cannot be read.",
  noRatings:
    "There are no head ratings (no rating column in the table and none entered in the settings): the review list is empty.",
  ratingsDerived:
    "Head ratings were derived from the index as the settings ask (not the province's official ratings).",
  previousSheetUsed: "The sheet “{name}” is used as last year's table.",
  lookupSheetSkipped:
    "The sheet “{name}” holds only unit names and one column of numbers (a lookup list, a source of the score table), so it is not read as a score table; if it is the score table to rank, choose the sheet with --sheet or in the settings.",
  sourceSheetSkipped:
    "The sheet “{name}” is a source of the score table on “{table}” (that table's formulas read it), so it is not read as a score table; to read it, choose the sheet with --sheet or in the settings.",
  detailSheetSkipped:
    "The sheet “{name}” holds only detailed points of units in the score table on “{table}”, with no total, index or maximum, so it is not read as a score table; to read it, choose the sheet with --sheet or in the settings.",
  sameUnitsSheetSkipped:
    "The sheets {skipped} and {read} list the same units with the same totals: {read}, which holds fields {skipped} lacks, was read, not {skipped}; to read {skipped}, choose it with --sheet or in the settings.",
  sheetsDisagree:
    "“{@what}” of “{unit}” is {wholeValue} on the sheet “{wholeSheet}” (row {wholeRow}) but {partValue} on the sheet “{partSheet}” (row {partRow}); both sheets list the same units, so they must agree. Nothing was ranked: make them agree, or choose the sheet with --sheet or in the settings.",
  reasonRating: "Head rated “{rating}”",
  reasonRatingDerived: "Head rated “{rating}” (derived from the index)",
  reasonDropped: "Dropped {steps} places since last year",
  reasonLast: "Last of its group",
  notComparableNew: "new",
  notComparableNoPrevious: "no data from last year",
  notComparableUnmatched: "not found in last year's table",
  notComparableAmbiguous: "name matches several of last year's units",
  notComparableGroup: "group not in last year's table",
  notComparableOtherGroup: "ranked in another group last year",
  notComparableNotRanked: "not ranked this year",
  notComparableNoRank: "no rank last year",
  cliTitle: "CCHC index{year} — {file}",
  cliSheets: "Sheets: {sheets}",
  cliPrevious: "Compared with last year: {source}",
  cliPreviousColumn: "the table's previous-rank column",
  cliPreviousFile: "{file}, sheet {sheets}",
  cliPreviousSheet: "sheet {sheets} of this file",
  cliNoPrevious: "no data from last year (use --previous or --previous-sheet)",
  cliGroup: "Group “{name}” — {units} units",
  cliRankLine: "{rank}. {name} — {index}{change}",
  cliMore: "… and {count} more units (see --json)",
  cliDropped: "Dropped in rank since last year ({count})",
  cliDroppedLine: "{unit} ({group}): rank {from} → {to}",
  cliReviews: "Must hold a review meeting ({count}) — deadline {deadline}, results to {sendTo}",
  cliReviewLine: "{unit} ({group}): {reasons}{attendee}",
  cliAttendee: "; attends: {name}",
  cliExplanations:
    "Must file an explanatory report — components below {threshold}% of their maximum ({count})",
  cliExplanationLine: "{unit} ({group}): {component} — {score}/{max} points = {percent}%",
  cliNotAssessed: "Not ranked ({count})",
  cliNotAssessedLine: "{unit} ({group}), row {row}",
  cliNotComparable: "Not comparable with last year ({count})",
  cliNotComparableLine: "{unit} ({group}): {reason}",
  cliUnmatched:
    "Last year's units that matched none of this year's ({count}) — add aliases if they are the same unit",
  cliUnmatchedLine: "{name} ({group})",
  cliWarnings: "Warnings ({count})",
  cliNone: "none",
  cliUnknown: "unknown",
  cliStrictStop: "Stopped: {count} warnings (--strict). Nothing was written.",
  cliFileNotFound: "The file “{file}” was not found.",
  cliSettingsNotJson: "The settings file “{file}” is not valid JSON: {detail}",
  cliBug: "Program error (not caused by your data): {detail}. Please tell the development team.",
  cliJsonWritten: "JSON results written to “{file}”.",
  cliOutIsInput:
    "Nothing is written to “{file}” ({option}): it is an input of this command, and input files are never modified. Choose another name for {option}. Nothing was written.",
  cliOutSame: "{first} and {second} both name “{file}”; choose two different files. Nothing was written.",
  cliOutExtension: "The file “{file}” ({option}) must end in {extension}. Nothing was written.",
  cliOutNoFolder: "The folder “{folder}” ({option}) does not exist. Nothing was written.",
  cliOutIsFolder: "“{file}” is a folder; give a file name after {option}. Nothing was written.",
  cliOutNotFile:
    "“{file}” ({option}) is not a regular file (a device or a pipe); give a file name. Nothing was written.",
  cliOutExists:
    "The file “{file}” ({option}) exists. Add --force to replace it, or choose another name. Nothing was written.",
  cliOutOpen:
    "The file “{file}” is open in Excel or another program (its lock file “{lock}” exists). Close it and run again; if it is not open, delete the lock file. Nothing was written.",
  cliOutNotWritable:
    "Cannot write to “{file}”: the file or folder is read-only, or the file is locked ({detail}). Nothing was written.",
  cliOutNoSpace:
    "Cannot write to “{file}”: the disk is full. Free some space and run again. Nothing was written.",
  cliInputFolder: "“{file}” is a folder, not an .xlsx file; give a file name.",
  cliInputNotFile:
    "“{file}” is not a regular file (a device, a pipe or a drive); give an .xlsx file saved on disk.",
  cliInputUnreadable: "The file “{file}” cannot be read (no read permission, or it is locked: {detail}).",
  cliInputTooLarge:
    "The file “{file}” is too large ({size} MB; the limit is {limit} MB). Score workbooks are usually under 5 MB: check that it is the right file.",
  previousSheetIsCurrent:
    "This sheet is named as last year's table (--previous-sheet), but it is also this year's score table. This year and last year must be two different tables: name another sheet for last year, or give last year's file with --previous.",
  cliHiddenSheets:
    "Note: the score table is on a hidden sheet ({sheets}); make sure it is the table to use (or choose the sheet with --sheet).",
  cliLeftoversRemoved: "Removed temporary files an interrupted earlier run left behind: {files}.",
  cliPreviousIsInput:
    "--previous names this year's file itself; last year's table is looked for among this file's sheets (or use --previous-sheet).",
  cliOutWritten: "Report ({sheets} sheets) written to “{file}”.",
  cliDocxWritten: "Draft notice written to “{file}”.",
  changeUp: "▲{steps}",
  changeDown: "▼{steps}",
  changeSame: "=",
  changeNone: "—",
  // Report sheets (src/core/report).
  rpSheetRanking: "Ranking",
  rpSheetActions: "Reviews-explanations",
  rpSheetComponents: "Component analysis",
  rpSheetBreakthrough: "Breakthrough tasks",
  rpSheetLog: "Run log",
  rpMottoCountry: "SOCIALIST REPUBLIC OF VIET NAM",
  rpMottoWords: "Independence - Freedom - Happiness",
  rpTitleYear: " {year}",
  rpPlaceDate: "{place}, (day)      (month)      {year}",
  rpPlaceUnknown: "…………",
  rpRecipients: "Recipients:",
  rpGroupHeading: "{numeral}. {name}",
  rpRankingTitle: "ADMINISTRATIVE REFORM INDEX (CHỈ SỐ CCHC) RANKING{year}",
  rpRankingSubtitle:
    "(Each group ranked separately on the full-precision index; the index is shown with 2 decimals; ▲ up, ▼ down, = unchanged, — not comparable)",
  rpColStt: "No.",
  rpColUnit: "Agency, unit",
  rpColGroup: "Group (khối)",
  rpColScore: "Total points",
  rpColMax: "Maximum",
  rpColIndex: "Index (%)",
  rpColIndexYear: "Index {year} (%)",
  rpColRank: "Rank",
  rpColRankYear: "Rank {year}",
  rpColRankPrevious: "Last year's rank",
  rpColChange: "Up (▲) / down (▼)",
  rpColBand: "Band by index",
  rpColNote: "Note",
  rpNoteFullIndex: "Full index {index} (2 decimals equal to a differently ranked unit)",
  rpNotRankedBlank: "Not ranked: no scores",
  rpNotRankedNoIndex: "Not ranked: the index cannot be computed",
  rpActionsTitle: "UNITS THAT MUST HOLD A REVIEW OR FILE AN EXPLANATORY REPORT ON THE CCHC INDEX{year}",
  rpActionsSubtitle: "(Review deadline: {deadline}; review results and explanatory reports go to {sendTo})",
  rpDeadlineUnknown: "unknown",
  rpSectionReviews: "A. UNITS THAT MUST HOLD A REVIEW CLARIFYING THE HEAD'S RESPONSIBILITY ({count})",
  rpReviewsNone: "No unit must hold a review.",
  rpColReasons: "Reasons",
  rpColRating: "Head's rating",
  rpRatingDerived: "{rating} (derived from the index)",
  rpColAttendee: "Attends the review",
  rpColDeadline: "Deadline",
  rpColSendTo: "Results to",
  rpSectionExplanations:
    "B. UNITS THAT MUST FILE AN EXPLANATORY REPORT — COMPONENTS BELOW {threshold}% OF THEIR MAXIMUM ({count})",
  rpExplanationsNone: "No unit has a checked component below {threshold}% of its maximum.",
  rpColComponent: "Component",
  rpColPoints: "Points",
  rpColPercent: "Share (% of maximum)",
  rpSectionDropped: "C. UNITS THAT DROPPED IN RANK SINCE {previous} ({count})",
  rpPreviousYearUpper: "{year}",
  rpPreviousUnknownUpper: "LAST YEAR",
  rpDroppedNone: "No unit dropped in rank.",
  rpDroppedNoPrevious: "No data from last year to compare ranks with.",
  rpColRankChange: "Change",
  rpComponentsTitle: "ANALYSIS OF THE CCHC INDEX COMPONENTS{year}",
  rpComponentsSubtitle:
    "(Shares in % of the component's maximum; the gap is the unit's share minus its group's mean share, in percentage points)",
  rpSectionStats: "1. EACH COMPONENT BY GROUP",
  rpColMean: "Mean points",
  rpColMeanPercent: "Mean (% of maximum)",
  rpColMin: "Lowest points",
  rpColMaxScore: "Highest points",
  rpColBelow: "Units below {threshold}%",
  rpColWeakest: "Weakest units (% of maximum)",
  rpWeakestUnit: "{name} ({percent}%)",
  rpSectionMeans: "2. MEAN SHARE OF EACH COMPONENT BY GROUP (% OF MAXIMUM)",
  rpChartMeansTitle: "Mean share of each component (% of maximum)",
  rpSectionUnits: "3. EACH UNIT'S INDEX AND ITS TWO WEAKEST COMPONENTS RELATIVE TO ITS GROUP",
  rpColWeak1: "Weakest component",
  rpColWeak2: "Second weakest component",
  rpColGap: "Gap to the group mean (percentage points)",
  rpChartIndexTitle: "CCHC index{year} — {group}",
  rpBreakthroughTitle: "REGISTRATION OF BREAKTHROUGH AND INNOVATIVE TASKS{year}",
  rpBreakthroughSubtitle:
    "(Heads register tasks that improve their unit's CCHC index; the components to improve are the two lowest relative to the group mean{year})",
  rpBreakthroughBasis: " in {year}",
  rpColImprove1: "Component to improve (1)",
  rpColImprove2: "Component to improve (2)",
  rpColTask: "Breakthrough / innovative task",
  rpColResponsible: "Person responsible",
  rpColTaskDeadline: "Deadline",
  rpLogTitle: "RUN LOG OF THE CCHC INDEX REPORT{year}",
  rpLogSectionRun: "1. THIS RUN",
  rpLogSectionCounts: "2. COUNTS",
  rpLogSectionSettings: "3. SETTINGS USED",
  rpLogSectionWarnings: "4. WARNINGS ({count})",
  rpColItem: "Item",
  rpColValue: "Value",
  rpLogGeneratedAt: "Generated at",
  rpLogFile: "Score workbook",
  rpLogSheets: "Score sheet(s)",
  rpLogPreviousFile: "Last year's workbook",
  rpLogPreviousSheets: "Last year's sheet(s)",
  rpLogPreviousSource: "Last year's ranks from",
  rpLogPreviousTable: "last year's score table",
  rpLogFingerprint: "Fingerprint of the source values (SHA-256)",
  rpLogYear: "Index year",
  rpLogLanguage: "Language",
  rpLogCharts: "Charts",
  rpLogChartsPlanned: "{count} charts",
  rpLogChartsOmitted:
    "No charts: the .xlsx written by the cchc command holds none; make the report with the add-in in Excel to get charts",
  rpLogChartsSkipped: "No index chart for the group “{group}”: {count} units, more than {max}",
  rpCountUnits: "Units",
  rpCountGroups: "Groups",
  rpCountGroup: "Group “{name}”",
  rpCountDropped: "Units that dropped in rank",
  rpCountReviews: "Units that must hold a review",
  rpCountExplanations: "Explanatory reports due (unit × component)",
  rpCountNotAssessed: "Units not ranked",
  rpCountNotComparable: "Units not comparable with last year",
  rpCountUnmatched: "Last year's units not matched",
  rpCountWarnings: "Warnings",
  rpNoWarnings: "No warnings.",
  rpCellCut: "… (cut short)",
  hlDropped: "Dropped {steps} places since last year (rank {from} → {to})",
  hlBelow: "{component}: {score}/{max} points = {percent}%, below {threshold}% of the maximum",
  hlLegendTitle: "Highlight legend (CCHC add-in; “Clear highlights” removes this legend too)",
  hlLegendDropped: "Unit dropped in rank since last year",
  hlLegendChecked: "Explanatory report required: {components} below {threshold}% of the maximum",
  hlLegendOther: "Other component below {threshold}% of the maximum (no report required)",
  excelCellEditMode:
    "Excel is in cell-edit mode: press Enter (or Esc) to finish editing the cell, then click again. {@outcome}",
  excelStructureProtected:
    "The workbook's structure is protected (Review → Protect Workbook), so sheets cannot be added or deleted. Unprotect it and click again. {@outcome}",
  excelSheetProtected:
    "Sheet “{sheet}” is protected, so it cannot be highlighted. Unprotect the sheet (Review → Unprotect Sheet) and click again. {@outcome}",
  excelNeedsNewerExcel:
    "“{@feature}” needs an Excel that supports ExcelApi {version} or later; this Excel does not. Use Excel on the web or a current Microsoft 365 version.",
  excelConsentNeeded:
    "Decide first what to do with these sheets: {sheets} (sheets of the same name exist). Nothing was written.",
  excelSheetNameTaken:
    "A sheet named “{sheet}” has just appeared in the workbook (someone may have created it). Read the workbook again and click again. {@outcome}",
  excelFailed:
    "Excel refused the operation ({code}: {detail}). Try again; if it keeps failing, tell the developers. {@outcome}",
  excelTooLarge:
    "The data to write is too large for one request to Excel (sheet “{sheet}”, about {megabytes} MB). {@outcome}",
  excelReadTooLarge:
    "Excel could not send sheet “{sheet}” to the add-in: one row of it passes Excel's limit for one response (5 MB on Excel on the web). Delete the cells with data or formats far from the score table, or copy the table into a new workbook, then click again; the cchc command reads .xlsx files without this limit. {@outcome}",
  excelOutcomeNothingWritten: "Nothing was written; the workbook is as it was.",
  excelOutcomeRolledBack: "The sheets just created were deleted; the workbook is as it was.",
  excelOutcomeCleanupFailed:
    "The temporary sheets ({leftovers}) could not be deleted; please delete them by hand (your data was not changed).",
  excelOutcomeDataUnchanged: "Your data was not changed.",
  excelFeatureRead: "reading the score table",
  excelFeatureReport: "writing the report sheets",
  excelFeatureHighlight: "highlighting the score table",
  excelHighlightDropped: "Unit dropped in rank since last year",
  excelHighlightBelow: "Component below the score threshold",
  settingRoot: "The settings",
  settingVersion: "Settings version",
  settingYear: "Index year",
  settingThreshold: "Explanation threshold",
  settingCheckedComponents: "Components checked against the threshold",
  settingExplanationRule: "Explanation rule",
  settingReviewRatings: "Ratings that call for a review",
  settingRatings: "Head ratings entered per unit",
  settingDeriveRatings: "Derive head ratings from the index",
  settingRatingBands: "Bands of derived head ratings",
  settingBands: "Classification by index",
  settingTieMethod: "Tie method",
  settingRankDecimals: "Decimals when ranking",
  settingReviewDeadline: "Review deadline",
  settingSendTo: "Where results go",
  settingAttendees: "Review meeting attendees",
  settingAliases: "Last year's names of renamed or merged units",
  settingUnitGroups: "Group of units whose scoring form names none",
  settingNewUnits: "New units",
  settingMapping: "Column mapping",
  settingLanguage: "Report language",
  settingReport: "Report letterhead and signature",
  settingAgency: "Agency lines of the letterhead",
  settingPlace: "Place in the date line",
  settingSignerTitle: "Signer's title",
  settingSignerName: "Signer's name",
  settingRecipients: "Recipients",
  settingHeaderTop: "the first header row of the score table",
  settingHeaderBottom: "the last header row of the score table",
  settingMapName: "the unit name column",
  settingMapGroup: "the group (khối) column",
  settingMapTotal: "the total column",
  settingMapIndex: "the index column",
  settingMapUnitMax: "the unit's maximum column",
  settingMapPreviousRank: "last year's rank column",
  settingMapRating: "the head rating column",
  settingMapComponents: "a component column",
  settingMapIgnore: "an ignored column",
  settingMapClear: "roles cleared",
  settingPartColumn: "column",
  settingPartName: "name",
  settingPartMax: "maximum",
  settingPartMin: "lower bound",
  settingPartLabel: "label",
  settingPartRating: "rating",
  settingGroupAttendees: "Review attendee per group",
  settingAttendeesByKind: "Review attendee by kind of unit",
  settingKindDepartments: "departments",
  settingKindLocalities: "local People's Committees",
  settingHighlightAll: "Highlight every component below the threshold",
  settingDocumentKind: "Kind of document",
  settingDocumentNumber: "Document number",
  settingDocumentDate: "Document date",
  settingAnnex: "The annex line under the titles",
  rpNumber: "No.: {number}",
  rpPlaceDateFull: "{place}, {day}/{month}/{year}",
  rpAnnex: "(Annex to {kind} No. {number} of {agency})",
  rpYes: "yes",
  rpNo: "no",
  rpSettingDefault: "default",
  settingItem: "item {n}",
  settingNotNumber: "must be a number",
  settingNotInteger: "must be a whole number",
  settingNotText: "must be text",
  settingNotBoolean: "must be true or false",
  settingNotList: "must be a list",
  settingNotObject: "must be a group of named values (a JSON object)",
  settingAbove: "must be greater than {min}",
  settingAtLeast: "must be at least {min}",
  settingBelow: "must be less than {max}",
  settingAtMost: "must be at most {max}",
  settingEmpty: "must not be empty",
  settingTooLong: "is longer than {max} characters",
  settingTooFew: "needs {min} or more entries",
  settingTooMany: "has more than {max} entries",
  settingOneOf: "must be one of {values}",
  settingNotDate: "must be a date as year-month-day, e.g. 2022-03-15",
  settingNoSuchDate: "{date} is not a real calendar date",
  settingNotColumn: "must be a column's letters, A to XFD (e.g. F)",
  settingInvalid: "is invalid",
  settingMoreProblems: "and {count} more",
  noScores:
    "No unit can be ranked: every score cell of the {count} units is blank. If the table is computed with formulas, the file may have been saved without the formulas' results (common for files written by programs other than Excel): open the file in Excel and save it, so that Excel computes them, then try again. Nothing was written.",
  noIndices:
    "None of the {count} units can be ranked: no unit's index can be computed (the components' maxima are missing, or the score cells hold errors or text). Check the “Điểm tối đa” row and the score columns, or choose the columns in the settings. Nothing was written.",
  mappedColumnOutside:
    "Column {column} is set as {@role} in the settings, but the score table only spans columns {first} to {last}; correct the column mapping.",
  mappedColumnsCollide:
    "Column {column} is set for two roles in the settings ({@role} and {@other}); a column holds one role.",
  mappedRowOutside:
    "Row {row} is set as {@role} in the settings, but the sheet only holds data in rows {first} to {last}.",
  mappedHeaderUpsideDown:
    "In the settings, the last header row of the score table (row {bottom}) is above the first (row {top}).",
  gateFix:
    "The table's columns were probably read wrong. Choose the columns again: with “Sửa cột” (Edit columns) in the task pane, or in the settings file (“Column mapping”, mapping). Nothing has been written.",
  gateAboveUnitMax:
    "Column {column} was taken for the unit's maximum, but the total of {count}/{units} units is above that maximum (“{unit}”, row {row}: {score} points of at most {max}, index {index}); an index can only be 0–100. {@fix}",
  gateAboveMax:
    "Column {column} was taken for the total, but the total of {count}/{units} units is above the maximum (“{unit}”, row {row}: {score} points of at most {max}, index {index}); an index can only be 0–100. {@fix}",
  gateFieldsAboveMax:
    "Columns {columns} were taken for the fields' points, but their sum for {count}/{units} units is above the maximum (“{unit}”, row {row}: {score} points of at most {max}, index {index}); an index can only be 0–100. {@fix}",
  gateTotalNegative:
    "Column {column} was taken for the total, but the total of {count}/{units} units is negative (“{unit}”, row {row}: {score}); an index can only be 0–100. {@fix}",
  gateFieldsNegative:
    "Columns {columns} were taken for the fields' points, but their sum for {count}/{units} units is negative (“{unit}”, row {row}: {score}); an index can only be 0–100. {@fix}",
  gateSheetIndexOutOfRange:
    "Column {column} was taken for the index (%), but its value for {count}/{units} units is outside 0–100 (“{unit}”, row {row}: {index}). {@fix}",
  gateFieldAboveMax:
    "Column {column} was taken for the points of the field “{component}”, but {count}/{units} units score above the field's maximum (“{unit}”, row {row}: {score} of at most {max}). {@fix}",
  gateTotalDisagrees:
    "Column {column} was taken for the total, but for {count}/{units} units it differs from the sum of the fields (columns {columns}) (“{unit}”, row {row}: {sheetValue} against {computed}); a part or subtotal column (such as “Điểm thẩm định”) may have been counted as a field, or a field is missing. {@fix}",
  gateIndexDisagrees:
    "Column {column} was taken for the index (%), but for {count}/{units} units it differs from the index computed from the total and the maximum (“{unit}”, row {row}: {sheetValue} against {computed} = {score} ÷ {max} × 100); the index, total or maximum column was read wrong. {@fix}",
  gateFixRows:
    "The table's rows (the criteria, “Tổng điểm”, “Chỉ số (%)”) or its “Điểm tối đa” column were probably read wrong; check those rows in the table (choosing columns in the settings applies only to a table with a unit per row). Nothing has been written.",
  gateRepeatedUnits:
    "{count}/{units} units of the table repeat the name of a unit already met in the same group (“{unit}” appears {times} times: {@placesKind}). The table seems to list each unit on several rows — one row per field or criterion, say —, a layout this product does not read; a ranking from it would be wrong. Use a summary table with one row per unit and one column per field (or correct the repeated names if they are typing slips). Nothing was written.",
  gateOneFieldPerUnit:
    "Columns {columns} were taken for the fields' points, but {count}/{units} units have a number in exactly one of them, the others blank (“{unit}”, row {row}): they are not fields but probably groups — the table looks like a summary (PivotTable) with one column per group, a layout this product does not read. Use the score table itself: one row per unit, one column per field. Nothing was written.",
  sideBySideTables:
    "The header row has two unit-name columns (column {first} and column {second}): the sheet seems to hold two tables side by side. This layout is not read — read as one table, the two groups' points would be added together. Move the second table to a sheet of its own (or below the first, in the same columns) and run again. Nothing was written.",
  gatePlacesRows: "rows {places}",
  gatePlacesColumns: "columns {places}",
  gatePlacesSheets: "sheets {places}",
  gateLineSheet: "Row {lineRows}",
  gateLineForms: "Row {lineRows}, column {lineColumn} of each scoring form",
  gateLinesSheet: "Rows {lineRows}",
  gateLinesForms: "Rows {lineRows}, column {lineColumn} of each scoring form",
  gateAtColumn: "column {atColumn}",
  gateAtSheet: "sheet “{atSheet}”",
  gateAboveUnitMaxRow:
    "{@line} was taken for the unit's maximum, but the total of {count}/{units} units is above that maximum (“{unit}”, {@at}: {score} points of at most {max}, index {index}); an index can only be 0–100. {@fix}",
  gateAboveMaxRow:
    "{@line} was taken for the total, but the total of {count}/{units} units is above the maximum (“{unit}”, {@at}: {score} points of at most {max}, index {index}); an index can only be 0–100. {@fix}",
  gateFieldsAboveMaxRow:
    "{@lines} were taken for the fields' points, but their sum for {count}/{units} units is above the maximum (“{unit}”, {@at}: {score} points of at most {max}, index {index}); an index can only be 0–100. {@fix}",
  gateTotalNegativeRow:
    "{@line} was taken for the total, but the total of {count}/{units} units is negative (“{unit}”, {@at}: {score}); an index can only be 0–100. {@fix}",
  gateFieldsNegativeRow:
    "{@lines} were taken for the fields' points, but their sum for {count}/{units} units is negative (“{unit}”, {@at}: {score}); an index can only be 0–100. {@fix}",
  gateSheetIndexOutOfRangeRow:
    "{@line} was taken for the index (%), but its value for {count}/{units} units is outside 0–100 (“{unit}”, {@at}: {index}). {@fix}",
  gateFieldAboveMaxRow:
    "{@line} was taken for the points of the field “{component}”, but {count}/{units} units score above the field's maximum (“{unit}”, {@at}: {score} of at most {max}). {@fix}",
  gateTotalDisagreesRow:
    "{@line} was taken for the total, but for {count}/{units} units it differs from the sum of the fields (rows {fieldRows}) (“{unit}”, {@at}: {sheetValue} against {computed}); a criterion may have been counted as a field, or a field is missing. {@fix}",
  gateIndexDisagreesRow:
    "{@line} was taken for the index (%), but for {count}/{units} units it differs from the index computed from the total and the maximum (“{unit}”, {@at}: {sheetValue} against {computed} = {score} ÷ {max} × 100); the index row, the total row or the maximum was read wrong. {@fix}",
  fileUnnamed: "the selected file",
  xlsxLegacyXls:
    "{@file} is in the old Excel format (.xls) but cannot be read: it may be damaged or from a very old version. Open it in Excel and save it as .xlsx.",
  xlsxEncrypted:
    "{@file} is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, leave it empty) and save it again.",
  xlsxNotXlsx:
    "{@file} is not an Excel workbook (.xlsx). If it is a renamed CSV, HTML or PDF file, open it in Excel and save it as an Excel Workbook (.xlsx).",
  xlsxEmptyFile:
    "{@file} is empty (0 bytes). It may not have finished downloading or copying; get the file again.",
  xlsxNotWorkbook:
    "{@file} is a zip file but not an Excel workbook (it has no xl/workbook.xml part); it may be a Word or PowerPoint file or another archive. Choose the score workbook (.xlsx).",
  xlsxXlsb: "{@file} is a binary workbook (.xlsb). Open it in Excel and save it as .xlsx.",
  xlsxOleOther:
    "{@file} is an old-format Office file but not an Excel workbook (it may be a Word .doc or PowerPoint .ppt file). Choose the score workbook (.xlsx).",
  xlsxTruncatedZip:
    "{@file} is truncated or damaged (the end of the .xlsx zip is missing); it may not have finished downloading. Get the file again, or open it in Excel to repair it and save it again.",
  xlsxCorrupt:
    "{@file} is damaged; its workbook content cannot be read. Open it in Excel (Excel will offer to repair it) and save it as .xlsx again.",
  xlsxNoSheets: "{@file} is a workbook without any worksheet.",
  xlsxEmpty: "{@file} holds no data: every worksheet is empty.",
  xlsxTooLarge:
    "{@file} has a worksheet longer than {#limit} rows, beyond the reading limit. Delete the extra rows (formatted empty rows included) at the end of the sheet and save it again.",
  xlsxTooManyCells:
    "{@file} has {#found} cells in its worksheets (formatted empty cells included), beyond the reading limit of {#limit} cells. Delete the extra sheets, rows and columns (or copy the score table alone into a new file) and save it again.",
  xlsxMergeTooLarge:
    "{@file} has a merged area {range} covering {#found} cells, beyond the reading limit of {#limit} cells. Open it in Excel, select that area, unmerge it (Home > Merge & Center) and save it again.",
  xlsxPackageTooLarge:
    "{@file} is too large to read: the workbook's content takes {#foundMegabytes} MB unpacked, beyond the limit of {#limitMegabytes} MB. Delete the extra sheets, rows, columns or pictures (or copy the score table alone into a new file) and save it again.",
  xlsxPackageBeyond:
    "{@file} is too large to read: the workbook's content takes more than {#limitMegabytes} MB unpacked, beyond the limit of {#limitMegabytes} MB. Delete the extra sheets, rows, columns or pictures (or copy the score table alone into a new file) and save it again.",
  xlsxRegionTooLarge:
    "{@file}: sheet “{sheet}” holds a block of data of {#rows} rows × {#columns} columns ({#found} cells), beyond the reading limit of {#limit} cells. Delete the extra data around the score table (or copy the table alone into a new file) and save it again.",
  xlsxMissingSharedStrings:
    "{@file} is damaged: its {part} part (the text shared by the cells) is missing, so the text in its cells cannot be read. Open it in Excel (Excel will offer to repair it), check the figures and save it as .xlsx again; if text was lost, get the original file again.",
  xlsxDuplicatePart:
    "{@file} is damaged: its {part} part is stored twice in the zip, so Excel and the report could read different figures. Open it in Excel (Excel will offer to repair it), check the figures and save it as .xlsx again.",
};
