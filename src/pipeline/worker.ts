// The worker thread of parallel builds (piscina): a batch of corpus files per task, results in order.
import { loadTypeModel } from '../extract/vi/ner/retype.js';
import { loadViNerModel } from '../extract/vi/ner/tag-vi.js';
import { processFile, type FileResult, type FileTask } from './process-file.js';

// the Vietnamese models load as the thread starts, while the main thread has other work
loadViNerModel();
loadTypeModel();

export interface BatchTask {
  files: FileTask[];
}

export default async function run(task: BatchTask): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const f of task.files) out.push(await processFile(f));
  return out;
}
