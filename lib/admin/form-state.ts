/** What an admin form action returns: a message, per-field errors, and the values to show again. */
export type AdminFormState = {
  message: string | null;
  errors: Record<string, string>;
  values: Record<string, unknown> | null;
  /** Changes on every answer, so the form remounts with `values` (React resets uncontrolled fields after an action). */
  attempt: number;
  /** A new API token, shown once right after it was made (never put in a URL, never stored). */
  createdToken: { name: string; token: string } | null;
};

export const initialAdminFormState: AdminFormState = {
  message: null,
  errors: {},
  values: null,
  attempt: 0,
  createdToken: null,
};

/** A server action behind an admin form, as useActionState takes it; pages pass it to the form as a prop. */
export type AdminFormAction = (previous: AdminFormState, form: FormData) => Promise<AdminFormState>;
