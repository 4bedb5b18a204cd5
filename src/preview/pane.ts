/** The pane the preview mounts: the real one (src/taskpane), with the Office gateway over the simulator. */
export { mountPane } from "../taskpane/mount";
export { createExcelGateway } from "../taskpane/gateway";
