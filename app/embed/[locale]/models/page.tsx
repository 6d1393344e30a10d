// The models view itself; the proxy rewrites /<locale>/models?embed=1 here for the chrome-less layout.
export { default, generateMetadata } from "@/app/[locale]/models/page";

// Segment config is read from this file, not re-exported.
export const dynamic = "force-dynamic";
