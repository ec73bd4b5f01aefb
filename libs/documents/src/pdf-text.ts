import { execFile } from 'node:child_process';

/**
 * The text of a PDF as a reader extracts it (pdf-parse, a dev dependency: for tests). It runs in
 * a child Node process because pdf.js loads its worker with a dynamic import, which Jest's
 * module sandbox refuses.
 */
export function extractPdfText(pdf: Buffer): Promise<string> {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: Buffer.concat(chunks) });
      try { process.stdout.write((await parser.getText()).text); } finally { await parser.destroy(); }
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { maxBuffer: 16 * 1024 * 1024, cwd: process.cwd() }, (error, stdout, stderr) =>
      error ? reject(new Error(`pdf-parse failed: ${stderr || error.message}`)) : resolve(stdout),
    );
    child.stdin?.end(pdf);
  });
}
