/** Sink for progress, results and errors of the command line and the task pane. */
export interface Logger {
  progress(message: string): void;
  info(message: string): void;
  error(message: string): void;
}

/** Progress and errors go to stderr so stdout stays clean for `--json`. */
export function consoleLogger(quiet: boolean): Logger {
  return {
    progress: (message) => {
      if (!quiet) {
        process.stderr.write(`${message}\n`);
      }
    },
    info: (message) => process.stdout.write(`${message}\n`),
    error: (message) => process.stderr.write(`${message}\n`),
  };
}
