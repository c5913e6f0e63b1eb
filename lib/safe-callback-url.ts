/** Only same-site paths are followed after sign-in, so a crafted link cannot send people elsewhere. */
export function safeCallbackUrl(value: string | undefined, fallback = "/today"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/sign-in") || value.startsWith("/sign-up")) return fallback;
  return value;
}
