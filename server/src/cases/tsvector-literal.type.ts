import { Type } from '@mikro-orm/core';

/**
 * A `tsvector` column written as a ready literal (`'渗水':3A,9B …`). MikroORM maps every `tsvector` column to its
 * FullTextType, which wraps values in `to_tsvector()` — that would parse our literal as prose and lose positions and
 * weights. Here the literal goes to PostgreSQL as a parameter, which casts it to `tsvector` as it is.
 */
export class TsvectorLiteralType extends Type<string, string> {
  override getColumnType(): string {
    return 'tsvector';
  }

  override compareAsType(): string {
    return 'string';
  }
}
