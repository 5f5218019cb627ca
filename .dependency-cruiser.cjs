/**
 * The architecture as rules: the layers of src may only import downwards (method ← workbook ← excel ←
 * commands, taskpane), the pure layers import no packages, crossing into another folder goes through its
 * index.ts, and no module takes part in an import cycle, type-only imports included.
 * `npm run lint` checks them; test/architecture/layers.test.ts proves the rules hold and bite.
 */
const layer = (name, comment, from, forbidden) => ({
  name,
  comment,
  severity: "error",
  from: { path: from },
  to: { path: forbidden },
});

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "An import cycle (type-only imports count): split out the shared part.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    layer(
      "method-imports-only-itself",
      "src/method is the A/B/C method: it knows nothing of the workbook, Excel or the pane.",
      "^src/method/",
      "^src/(?!method/)",
    ),
    layer(
      "workbook-imports-only-the-method",
      "src/workbook plans what to write; it never calls Office.js or the pane.",
      "^src/workbook/",
      "^src/(?!method/|workbook/)",
    ),
    layer(
      "excel-never-imports-the-shell",
      "src/excel applies plans; the ribbon and the pane call it, never the other way round.",
      "^src/excel/",
      "^src/(commands|taskpane)/",
    ),
    layer(
      "ribbon-never-imports-the-pane",
      "The ribbon command and the pane share state only through src/excel's run store.",
      "^src/commands/",
      "^src/taskpane/",
    ),
    layer(
      "pane-never-imports-the-ribbon",
      "The ribbon command and the pane share state only through src/excel's run store.",
      "^src/taskpane/",
      "^src/commands/",
    ),
    {
      name: "pure-layers-import-no-packages",
      comment: "src/method and src/workbook are plain TypeScript: no Office, React, DOM or any package.",
      severity: "error",
      from: { path: "^src/(method|workbook)/" },
      to: { dependencyTypesNot: ["local"] },
    },
    {
      name: "other-folders-through-their-index",
      comment:
        "Another folder of src is used through its index.ts, which exports only what the next layer needs.",
      severity: "error",
      from: { path: "^src/([^/]+)/" },
      to: { path: "^src/[^/]+/", pathNot: ["^src/$1/", "^src/[^/]+/index[.]ts$"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    moduleSystems: ["es6", "cjs"],
  },
};
