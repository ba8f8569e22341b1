/** One conformance case: a few separate `virsh` processes run in one working directory. */
export interface Scenario {
  /** kebab-case, unique; also the recording's file name */
  id: string;
  title: string;
  /** virsh subcommands exercised */
  covers: string[];
  /** a test-driver node XML file under conformance/fixtures/; default URI test:///default */
  fixture?: string;
  /** LC_ALL for real virsh (default C); `C.UTF-8` makes readline treat the input as UTF-8 (the simulator's `utf8`) */
  locale?: 'C.UTF-8';
  /** files written into the working directory before the first run; latin1 strings */
  files?: Record<string, string>;
  /** each run is one `virsh -c URI ...args` process, cwd = the scenario's working dir */
  runs: Array<{ args: string[]; stdin?: string }>;
}

/** The shape of conformance/recorded/<id>.json. */
export interface Recording {
  id: string;
  virsh: string;
  runs: Array<{ args: string[]; stdin?: string; stdout: string; stderr: string; status: number }>;
}
