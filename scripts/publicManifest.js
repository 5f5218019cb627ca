/** The development origin every URL in manifest.xml starts with. */
const DEV_URL = "https://localhost:3000/";

/** The manifest with every development URL pointing at the public URL instead (which must be https). */
function publicManifest(xml, publicUrl) {
  const base = publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;
  if (!/^https:\/\/[^\s"<>]+\/$/.test(base))
    throw new Error(`ADDIN_PUBLIC_URL must be an https URL, got "${publicUrl}"`);
  return xml.split(DEV_URL).join(base);
}

module.exports = { DEV_URL, publicManifest };
