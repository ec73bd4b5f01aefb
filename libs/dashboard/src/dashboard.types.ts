// The dashboard's JSON shapes and vocabulary are shared with the web app, so they live in libs/contracts.
export * from '@app/contracts/dashboard';
