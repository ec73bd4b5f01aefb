import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/**
 * The transaction host every repository injects: `tx` is the current transaction's manager (the
 * pool's outside a transaction). A value and a type of one name, so that `constructor(private
 * readonly txHost: Tx)` both types the field and names the injection token (a type alias alone
 * would be emitted as `Object` and could not be injected).
 */
export const Tx = TransactionHost;
export type Tx = TransactionHost<TransactionalAdapterTypeOrm>;
export { Propagation, Transactional, TransactionHost } from '@nestjs-cls/transactional';
