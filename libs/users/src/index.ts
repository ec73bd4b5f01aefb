export * from './password-hasher';
export * from './password-policy';
export * from './security-policy.service';
export * from './user.entity';
export * from './users.dto';
export * from './users.module';
export * from './users.service';
export * from './user-directory.repository';
