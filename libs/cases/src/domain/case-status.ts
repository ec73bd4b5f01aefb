// The case vocabulary is shared with the web app, so it lives in libs/contracts.
export * from '@app/contracts/cases';
export * from '@app/contracts/ratings';
