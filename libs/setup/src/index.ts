export * from './demo-data.js';
export * from './setup.module.js';
export * from './setup.service.js';
