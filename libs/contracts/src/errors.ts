/** The body of every error response of the API. */
export interface ErrorResponse {
  statusCode: number;
  /** HTTP reason phrase, e.g. `Bad Request`. */
  error: string;
  message: string | string[];
}
