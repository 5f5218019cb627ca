/**
 * Served instead of office.js inside the preview's task-pane frame: hands the pane the Excel and Office
 * of the test double that the preview page (the frame's parent, same origin) created.
 */
interface PreviewHost {
  abcPreview?: { excel: unknown; office: unknown };
}

const host = (window.parent as unknown as PreviewHost).abcPreview;
if (!host) throw new Error("The ABC preview host is missing: open preview.html, not taskpane.html.");
Object.assign(window, { Excel: host.excel, Office: host.office });
