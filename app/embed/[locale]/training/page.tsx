// The training view itself; the proxy rewrites /<locale>/training?embed=1 here for the chrome-less layout.
export { default, generateMetadata } from "@/app/[locale]/training/page";

// Segment config is read from this file, not re-exported.
export const dynamic = "force-dynamic";
