export * from './case-receipts.listener';
export * from './receipt-specs';
export * from './receipts.errors';
export * from './receipts.module';
export * from './receipts.service';
