import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsString, Length, Matches, ValidateNested } from 'class-validator';
import { ValidationError } from '../errors';
import { createValidationPipe, Optional } from './validation.pipe';

class AccountDto {
  @IsString() @Length(1, 20) handle: string;
}

class IntakeDto {
  @Matches(/^https?:\/\/\S+$/, { each: true, message: 'urls 的每项须为 http(s) 链接' }) urls: string[];
  @Optional() @IsString({ each: true }) @Length(1, 5, { each: true }) tags?: string[];
  @Optional() @ValidateNested({ each: true }) @Type(() => AccountDto) accounts?: AccountDto[];
}

class FilingDto {
  @ValidateNested() @Type(() => IntakeDto) intake: IntakeDto;
}

async function errorsOf(body: unknown) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: FilingDto });
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).extra.errors;
  }
  throw new Error('the body was accepted');
}

describe('validation errors inside lists', () => {
  it('name the failing item by its index, not only the list', async () => {
    expect(await errorsOf({ intake: { urls: ['https://a.example/1', 'https://a.example/2', 'ftp://nope'] } })).toEqual([
      { field: 'intake.urls[2]', message: 'urls 的每项须为 http(s) 链接' },
    ]);
  });

  it('name every failing item, with the Chinese message of a rule declared without one', async () => {
    const errors = await errorsOf({ intake: { urls: ['https://a.example'], tags: ['ok', 'far too long', 7] } });
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'intake.tags[2]', message: '须为文字' },
        { field: 'intake.tags[1]', message: '须为 1–5 个字符' },
      ]),
    );
    expect(errors!.every((e) => /^intake\.tags\[\d\]$/.test(e.field))).toBe(true);
  });

  it('name the item of a list of objects, and its field', async () => {
    expect(await errorsOf({ intake: { urls: [], accounts: [{ handle: 'a' }, {}] } })).toEqual([{ field: 'intake.accounts[1].handle', message: '必填' }]);
  });
});
