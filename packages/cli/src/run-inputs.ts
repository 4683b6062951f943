// The files this run reads (dataset files, scenario file, overrides file), so no output can replace one.
const inputs = new Set<string>();

/**
 * Records files the current run reads; {@link runInputs} lists them for the output check.
 *
 * @example
 * noteInputs(await datasetFiles(path));
 */
export function noteInputs(paths: readonly string[]): void {
  for (const path of paths) inputs.add(path);
}

/** Files recorded by {@link noteInputs} since the last {@link clearInputs}. */
export function runInputs(): readonly string[] {
  return [...inputs];
}

/** Starts a new run (main calls it, so in-process runs do not see each other's inputs). */
export function clearInputs(): void {
  inputs.clear();
}
