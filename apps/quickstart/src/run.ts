import 'reflect-metadata';
import { runApi } from '../../api/src/run-api.js';

/**
 * The quick start's process: the api and the worker's processors in one process, on the embedded
 * PostgreSQL. The one place that puts the two apps together. What the start bundle is made from.
 */
export const started = runApi({ loadWorkerModule: () => import('../../worker/src/worker.module.js').then((m) => m.WorkerFeaturesModule) });
