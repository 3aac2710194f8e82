import { loadSettings } from './load-settings';

/** The settings in force for this build: the national defaults, or a trust's overlay. */
export const moduleSettings = loadSettings(process.cwd());
