export * from './email';
export * from './contact';
export * from './organization';
export * from './settings';
export * from './clean-text';
export * from './note';
