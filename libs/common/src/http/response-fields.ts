import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';

/**
 * Property decorators for the response classes that describe what a route answers in the
 * OpenAPI document (and so in the web's generated types): `@Field.text()`, `@Field.instantOrNull()`.
 * Instants travel as ISO strings.
 */
type Class = new () => object;
type Extra = Omit<ApiPropertyOptions, 'type' | 'nullable' | 'required'> & { required?: boolean };

export const Field = {
  text: (extra: Extra = {}) => ApiProperty({ type: String, ...extra } as ApiPropertyOptions),
  textOrNull: (extra: Extra = {}) => ApiProperty({ type: String, nullable: true, ...extra } as ApiPropertyOptions),
  int: (extra: Extra = {}) => ApiProperty({ type: 'integer', ...extra } as ApiPropertyOptions),
  intOrNull: (extra: Extra = {}) => ApiProperty({ type: 'integer', nullable: true, ...extra } as ApiPropertyOptions),
  flag: (extra: Extra = {}) => ApiProperty({ type: Boolean, ...extra } as ApiPropertyOptions),
  instant: (extra: Extra = {}) => ApiProperty({ type: String, format: 'date-time', ...extra } as ApiPropertyOptions),
  instantOrNull: (extra: Extra = {}) => ApiProperty({ type: String, format: 'date-time', nullable: true, ...extra } as ApiPropertyOptions),
  oneOf: (values: readonly (string | number)[], extra: Extra = {}) => ApiProperty({ enum: [...values], ...extra } as ApiPropertyOptions),
  oneOfOrNull: (values: readonly (string | number)[], extra: Extra = {}) => ApiProperty({ enum: [...values], nullable: true, ...extra } as ApiPropertyOptions),
  /** A list of values from a fixed set. */
  oneOfList: (values: readonly (string | number)[], extra: Extra = {}) => ApiProperty({ enum: [...values], isArray: true, ...extra } as ApiPropertyOptions),
  number: (extra: Extra = {}) => ApiProperty({ type: Number, ...extra } as ApiPropertyOptions),
  numberOrNull: (extra: Extra = {}) => ApiProperty({ type: Number, nullable: true, ...extra } as ApiPropertyOptions),
  /** A calendar date, `YYYY-MM-DD`. */
  date: (extra: Extra = {}) => ApiProperty({ type: String, format: 'date', ...extra } as ApiPropertyOptions),
  dateOrNull: (extra: Extra = {}) => ApiProperty({ type: String, format: 'date', nullable: true, ...extra } as ApiPropertyOptions),
  texts: (extra: Extra = {}) => ApiProperty({ type: String, isArray: true, ...extra } as ApiPropertyOptions),
  /** Free-form JSON (a programme's intake answers, audit before/after). */
  json: (extra: Extra = {}) => ApiProperty({ type: 'object', additionalProperties: true, ...extra } as ApiPropertyOptions),
  jsonOrNull: (extra: Extra = {}) => ApiProperty({ type: 'object', additionalProperties: true, nullable: true, ...extra } as ApiPropertyOptions),
  /**
   * A nested response class (or null), given lazily. The thunk is re-wrapped as the `type`
   * property itself: @nestjs/swagger recognises a lazy type by that function's name.
   */
  nested: (of: () => Class, extra: Extra = {}) => ApiProperty({ type: () => of(), ...extra } as ApiPropertyOptions),
  nestedOrNull: (of: () => Class, extra: Extra = {}) => ApiProperty({ type: () => of(), nullable: true, ...extra } as ApiPropertyOptions),
  nestedList: (of: () => Class, extra: Extra = {}) => ApiProperty({ type: () => of(), isArray: true, ...extra } as ApiPropertyOptions),
};
