import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Noto Sans Hans (SIL Open Font License), shipped by the npm package @embedpdf/fonts-sc: two
 * single-file OpenType fonts covering GB 18030's ~30,000 Han characters. Nothing is fetched at
 * run time; pdfkit embeds only the glyphs a document uses.
 */
const FONT_PACKAGE = '@embedpdf/fonts-sc';

function fontDir(): string {
  // The package exports only its index (dist/index.cjs); the fonts sit beside dist/.
  return join(dirname(require.resolve(FONT_PACKAGE)), '..', 'fonts');
}

let cache: { regular: Buffer; bold: Buffer } | undefined;

/** The regular and bold faces, read once per process. */
export function cjkFonts(): { regular: Buffer; bold: Buffer } {
  cache ??= {
    regular: readFileSync(join(fontDir(), 'NotoSansHans-Regular.otf')),
    bold: readFileSync(join(fontDir(), 'NotoSansHans-Bold.otf')),
  };
  return cache;
}
