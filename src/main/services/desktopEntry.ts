/**
 * Linux desktop integration: a MIME type for `.argmap` files and a desktop entry that opens them
 * with this copy of Argmap. File managers then open a double-clicked map in Argmap, and the
 * single-instance lock hands it to the running window. (macOS and Windows register file types
 * through an installer, which this project does not build yet.)
 */
import { FORMATS } from '../../shared/formats/formatRegistry';

export const MIME_TYPE = FORMATS.argmap.mimeType;
export const DESKTOP_FILE_NAME = 'argmap.desktop';

/** The shared-mime-info package that names the type and its `*.argmap` pattern. */
export function mimePackageXml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="${MIME_TYPE}">
    <comment>Argument map</comment>
    <sub-class-of type="application/json"/>
    <glob pattern="*${FORMATS.argmap.extensions[0]}"/>
  </mime-type>
</mime-info>
`;
}

/** Quotes an argument of a desktop entry's Exec line (the spec's rules: double quotes, four characters escaped). */
const quoteExecArgument = (value: string): string => `"${value.replace(/(["`$\\])/g, '\\$1')}"`;

/** The desktop entry: `electron appDir %f`, so the file arrives as the app's command-line argument. */
export function desktopEntry(electronBinary: string, appDir: string, icon: string): string {
  return `[Desktop Entry]
Type=Application
Name=Argmap
Comment=Map arguments: claims, reasons, objections, rebuttals and recommendations
Exec=${quoteExecArgument(electronBinary)} ${quoteExecArgument(appDir)} %f
Icon=${icon}
Terminal=false
Categories=Office;Education;
MimeType=${MIME_TYPE};
StartupWMClass=argmap
`;
}
