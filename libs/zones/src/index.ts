export * from './zone.entity';
export * from './zones.module';
export * from './zones.service';
