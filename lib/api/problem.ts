import type { FieldError } from "../validations/field-errors";

/** An RFC 9457 problem detail: the only error body the API sends. */
export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
};

/** A failure a route handler throws on purpose; the shared chain turns it into a problem response. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail ?? title);
  }
}

export function problemResponse(problem: ApiProblem): Response {
  const { headers, ...extensions } = problem.extra;
  const body: ProblemBody = {
    type: `urn:ai-capex-lens:problem:${problem.slug}`,
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...extensions,
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}
