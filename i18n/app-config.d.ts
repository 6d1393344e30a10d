import type messages from "../messages/zh.json";
import type { routing } from "./routing";

// Types every t("key") and every Messages["Section"] slice against the messages (zh and en have the
// same keys; a unit test checks), and every locale argument against the routing's locales.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
