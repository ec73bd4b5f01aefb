export * from './starlight.module';
export * from './rounds.service';
export * from './nominations.service';
export * from './nomination-stages';
export * from './starlight.dto';
export * from './starlight.errors';
export * from './starlight-retention.repository';
