/** The shape of a programme's definition (see programme-definitions.ts), and the intake schema's helpers. */

export const PROGRAMME_IDS = ['starlight', 'shield', 'compliance', 'legislation'] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

/** Same values as `Priority` of the cases domain (kept here so this lib depends on nothing). */
export type ProgrammePriority = 'low' | 'normal' | 'high' | 'urgent';

export interface LabelledOption<T extends string = string> {
  id: T;
  label: string;
}

/** The subset of JSON Schema (draft 2020-12) the intake forms use. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: 'uri' | 'date';
  enum?: string[];
  const?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  if?: JsonSchema;
  then?: JsonSchema;
}

export type UiWidget = 'input' | 'textarea' | 'select' | 'radio' | 'switch' | 'date' | 'number' | 'url-list' | 'tag-list';

export interface UiFieldHint {
  widget: UiWidget;
  placeholder?: string;
  help?: string;
  /** textarea height in rows. */
  rows?: number;
  /** For `select` / `radio`: the enum values with their Chinese labels, in display order. */
  options?: readonly LabelledOption[];
  /** Show the field only when another field has a given value. */
  visibleWhen?: { field: string; equals: string | number | boolean };
}

export interface ProgrammeUi {
  /** Every intake property, in display order. */
  order: readonly string[];
  fields: Readonly<Record<string, UiFieldHint>>;
  /** Evidence files are uploaded separately (see DESIGN.md, "Evidence"); this says whether to ask. */
  evidence: { enabled: boolean; recommended: boolean; hint: string };
}

export interface ProgrammeDefinition {
  id: ProgrammeId;
  /** Programme part of the case reference, e.g. `HP-SHD-2026-000123`. */
  code: string;
  name: string;
  subtitle: string;
  description: string;
  categories: readonly LabelledOption[];
  outcomes: readonly LabelledOption[];
  defaultPriority: ProgrammePriority;
  escalation: {
    /** Level of the authority a desk escalation goes to. */
    target: 'district' | 'city';
    description: string;
  };
  intakeSchema: JsonSchema;
  ui: ProgrammeUi;
}

export const SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';
export const schemaId = (id: ProgrammeId): string => `urn:creator-service-desk:intake:${id}`;
/** Links must be web links: `uri` alone would accept `javascript:` and other schemes. */
export const WEB_LINK = '^https?://';
