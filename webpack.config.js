/* Builds the task pane and the ribbon commands; the manifest's development URLs become ADDIN_PUBLIC_URL. */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { publicManifest, DEV_URL } = require("./scripts/publicManifest.js");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The Content-Security-Policy of both pages: the add-in's own origin and the office.js CDN only. */
function contentSecurityPolicy(mode) {
  const self = "'self'";
  const cdn = "https://appsforoffice.microsoft.com";
  const dev = mode === "development" ? " ws: wss:" : "";
  return [
    `default-src ${self}`,
    `script-src ${self} ${cdn}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self}`,
    `font-src ${self}`,
    `connect-src ${self} ${cdn}${dev}`,
    `frame-src ${self} ${cdn}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "production";
  const publicUrl = process.env.ADDIN_PUBLIC_URL || DEV_URL;
  if (mode === "production" && !process.env.ADDIN_PUBLIC_URL && !env?.preview) {
    console.warn(`ADDIN_PUBLIC_URL is not set: dist/manifest.xml keeps the development URL ${DEV_URL}.`);
  }
  const page = (name, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name === "taskpane" ? "taskpane" : "commands"}/${name}.html`,
      chunks,
      chunksSortMode: "manual",
      templateParameters: { csp: contentSecurityPolicy(mode), officeJs: OFFICE_JS },
    });
  return {
    mode,
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } },
        },
      ],
    },
    performance: { maxEntrypointSize: 900_000, maxAssetSize: 900_000 },
    // One runtime for both entries: in the shared runtime taskpane.html loads the commands too, and the
    // ribbon and the pane must share one copy of each module (the run store above all).
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "all" } },
    plugins: [
      page("taskpane", ["runtime", "commands", "taskpane"]),
      page("commands", ["runtime", "commands"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => publicManifest(content.toString(), publicUrl),
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: mode === "development" ? await devServerHttps() : {} },
    },
  };
};
