import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/**
 * The path parameter of every route that addresses a record by UUID (`@Param() { id }: UuidParams`),
 * so a bad id gets the same problem everywhere: 400 validation_failed naming `id`.
 */
export class UuidParams {
  @ApiProperty({ format: 'uuid', example: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' })
  @IsUUID('4', { message: 'id 须为 UUID' })
  id: string;
}
