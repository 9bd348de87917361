/** The body of every error response of the API. */
export interface ErrorResponse {
  statusCode: number;
  /** HTTP reason phrase, e.g. `Bad Request`. */
  error: string;
  message: string | string[];
}

export interface ValidationProblem {
  /** JSON path, e.g. `defendants[1].sentence.custodialMonths`. */
  path: string;
  /** The rule broken, e.g. `min`, `isIn`, `unknownField`, `knownStatute`. */
  rule: string;
  message: string;
}

/** 400: every problem of the request, by JSON path and by form field (react-admin shows these inline). */
export interface ValidationErrorResponse extends ErrorResponse {
  problems: ValidationProblem[];
  errors: Record<string, string>;
}

/** 409 on a stale version. */
export interface ConflictResponse extends ErrorResponse {
  currentVersion?: number;
}
