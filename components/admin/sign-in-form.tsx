"use client";

import { useActionState } from "react";
import { signIn } from "@/app/[locale]/admin/actions";
import { initialAdminFormState } from "@/lib/admin/form-state";
import { FormMessage } from "./form-field";

export type SignInLabels = { title: string; help: string; token: string; submit: string };

export function SignInForm({ locale, labels }: { locale: string; labels: SignInLabels }) {
  const [state, action, pending] = useActionState(signIn, initialAdminFormState);
  return (
    <form action={action} className="flex max-w-md flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">{labels.title}</h2>
      <p className="text-sm text-slate-600">{labels.help}</p>
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="admin-token" className="text-sm font-medium text-slate-700">
        {labels.token}
      </label>
      <input id="admin-token" name="token" type="password" autoComplete="current-password" required className="rounded-md border border-slate-300 px-3 py-2 text-sm" />
      <FormMessage message={state.message} tone="error" />
      <button type="submit" disabled={pending} className="self-start rounded-md bg-accent px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
