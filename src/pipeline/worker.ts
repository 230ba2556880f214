// The worker thread of parallel builds (piscina): a batch of corpus files per task, results in order.
import { processFile, type FileResult, type FileTask } from './process-file.js';

export interface BatchTask {
  files: FileTask[];
}

export default async function run(task: BatchTask): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const f of task.files) out.push(await processFile(f));
  return out;
}
