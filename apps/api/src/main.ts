import 'reflect-metadata';
import { runApi } from './run-api.js';

/** The api process: GraphQL over HTTP and the web app, no queue processors (apps/worker runs them). */
void runApi(); // a failed start ends the process (runApi)
