import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/** The transaction host every repository injects: `tx` is the current transaction's manager. */
export type Tx = TransactionHost<TransactionalAdapterTypeOrm>;
export { Transactional, TransactionHost } from '@nestjs-cls/transactional';
