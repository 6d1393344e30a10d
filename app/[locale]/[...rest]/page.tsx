import { notFound } from "next/navigation";

// Any path under a locale that no view matches gets the localized 404 of app/[locale]/not-found.tsx.
export default function CatchAllPage() {
  notFound();
}
