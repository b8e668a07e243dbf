// A small typed hierarchy: the core throws these, only adapters turn them into user text.
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'DATA_INVALID'
  | 'DATA_UNREADABLE'
  | 'PLAN_INVALID'
  | 'PLAN_UNRESOLVED'
  | 'LLM_FAILED'
  | 'LLM_TIMEOUT'
  | 'LLM_CIRCUIT_OPEN'
  | 'STORE_FAILED'
  | 'SLACK_FAILED'
  | 'SCHEDULE_INVALID'
  | 'SOURCE_UNREACHABLE'
  | 'SOURCE_FAILED';

export class PulseError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export class ConfigError extends PulseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFIG_INVALID', message, options);
  }
}

/** One problem in a data file, located precisely enough to fix it. */
export interface DataIssue {
  file: string;
  /** `campaigns[2].goals[0].metric`, or `line 14` for a CSV row. */
  where: string;
  message: string;
}

export const formatIssue = (i: DataIssue): string => `${i.file}: ${i.where}: ${i.message}`;

export class DataError extends PulseError {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[], code: 'DATA_INVALID' | 'DATA_UNREADABLE' = 'DATA_INVALID') {
    super(code, `${issues.length} problem(s) in the data:\n${issues.map(formatIssue).join('\n')}`);
    this.issues = issues;
  }
}

export class PlanError extends PulseError {
  constructor(message: string, code: 'PLAN_INVALID' | 'PLAN_UNRESOLVED' = 'PLAN_INVALID') {
    super(code, message);
  }
}

export class LlmError extends PulseError {
  constructor(
    message: string,
    code: 'LLM_FAILED' | 'LLM_TIMEOUT' | 'LLM_CIRCUIT_OPEN' = 'LLM_FAILED',
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

export class StoreError extends PulseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_FAILED', message, options);
  }
}

export class ScheduleError extends PulseError {
  constructor(message: string) {
    super('SCHEDULE_INVALID', message);
  }
}

/**
 * A figures source that answers per query (a database) could not answer: unreachable, or it refused a query.
 * `source` names it as people may see it (a URL without its password).
 */
export class SourceError extends PulseError {
  readonly source: string;
  constructor(
    source: string,
    message: string,
    code: 'SOURCE_UNREACHABLE' | 'SOURCE_FAILED' = 'SOURCE_UNREACHABLE',
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.source = source;
  }
}
