import fs from 'node:fs';
import { runFile, type RunInfo } from './paths';

export function runInfo(): RunInfo {
  return JSON.parse(fs.readFileSync(runFile, 'utf8')) as RunInfo;
}
