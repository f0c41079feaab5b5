export * from './dashboard.enums.js';
export * from './dashboards.module.js';
export * from './dashboards.service.js';
export * from './dto/dashboard.inputs.js';
export * from './dto/dashboard.types.js';
