#!/usr/bin/env node
import { fillTemplate } from '../messages/issues';
import { cliText } from '../messages/zh-CN';
import { EXIT_FAILED, runBuild } from './buildCommand';
import { consoleLogger } from './logger';
import { parseArguments } from './parseArguments';

/** Entry point of the `itsm-report` command. */
async function main(argv: string[]): Promise<number> {
  const command = parseArguments(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${cliText.usage}\n`);
      return argv.length === 0 ? EXIT_FAILED : 0;
    case 'error':
      process.stderr.write(`${command.message}\n`);
      return EXIT_FAILED;
    case 'build':
      return runBuild(command.options, consoleLogger(command.options.json));
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${fillTemplate(cliText.failed, { reason: error instanceof Error ? error.message : String(error) })}\n`);
    process.exitCode = EXIT_FAILED;
  },
);
