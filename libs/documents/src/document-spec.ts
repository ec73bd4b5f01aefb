/**
 * What a generated document says, independent of how it is drawn. Stored as JSON with the
 * document's verification record, so the same PDF can be drawn again at any time.
 */
export interface DocumentSpec {
  /** The document's name, e.g. 受理回执. */
  title: string;
  /** Who issues it, shown above the title, e.g. 黄浦区集聚区创作者服务台. */
  issuer?: string;
  /** A line under the title, e.g. the reference 文书编号. */
  subtitle?: string;
  sections: DocumentSection[];
  /** Closing lines (signature block, date), right-aligned. */
  closing?: string[];
  /** Printed on every page's foot. */
  footer?: string;
  /** The instant the document was issued: its PDF creation date, so a re-drawn copy is identical. */
  issuedAt: string;
  verification?: DocumentVerification;
}

export interface DocumentSection {
  heading?: string;
  paragraphs?: string[];
  /** Label/value pairs, drawn as a two-column table. */
  rows?: [label: string, value: string][];
  /** Numbered list, e.g. every item a 补正告知书 asks for. */
  list?: string[];
  table?: { columns: string[]; rows: string[][] };
}

export interface DocumentVerification {
  /** The public verification code, as printed. */
  code: string;
  /** Where anyone can check it (the QR code encodes this). */
  url: string;
  /** A line explaining how to verify. */
  note?: string;
}
