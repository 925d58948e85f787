import type { Widen } from "../widen";
import type { common as de } from "../de/common";

export const common: Widen<typeof de> = {
  siteName: "mitzeichnen",
  skipToContent: "Skip to content",
  languageSwitch: { label: "Language", other: "Deutsch", otherLang: "de" },
  footer: {
    about: "mitzeichnen – support citizens' initiatives online",
    demoNotice: "Demo mode: all data is made up.",
  },
  staffNavigation: { label: "Staff area", home: "Staff area", signOut: "Sign out" },
  errorTitlePrefix: "Error: ",
  errors: {
    badRequest: {
      title: "Invalid request",
      body: "The request is incomplete or malformed. Go back, reload the page and try again.",
    },
    notFound: {
      title: "Page not found",
      body: "This address does not exist. Check the address or go to the list of citizens' initiatives.",
    },
    internal: {
      title: "Something went wrong",
      body: "Your request could not be processed. Try again in a few minutes. If the error persists, give support this reference:",
    },
    overloaded: {
      title: "Too many requests right now",
      body: "The service is busy at the moment. Please try again in a few seconds; signatures already confirmed stay counted.",
    },
    payloadTooLarge: {
      title: "Request too large",
      body: "The data sent is larger than allowed. Shorten your input and send it again.",
    },
    draftTooLarge: {
      title: "Draft too large",
      body: "The draft sent is too large: the decision proposal, the reasoning and the cost coverage proposal may each be at most 20,000 characters long, the title, names and contacts at most 200 each. Nothing was saved. Go back in your browser, shorten the long texts and save again.",
    },
    tooManyRequests: {
      title: "Too many attempts",
      body: "Too many requests of this kind came from your connection in a short time. Wait a little, then try again.",
    },
    forbidden: {
      title: "Request rejected",
      body: "This request did not come from a page of this service. Reload the page and try again.",
    },
    accessDenied: {
      title: "Access denied",
      body: "Your account is not allowed to open this page. If you need it for your work, ask an administrator.",
    },
    notOpenForReview: {
      title: "Not under review",
      body: "This petition is not under review. You can enter paper lists and decide on signatures only until its admissibility is decided.",
    },
    paperNotCounted: {
      title: "Paper signatures do not count here",
      body: "Only online signatures count for this petition. Lines of paper lists are not entered for it, so they cannot take the place of the same person's online signature.",
    },
    backToOverview: "To the list of citizens' initiatives",
    backToStaffArea: "To the staff area",
    retryAfter: (minutes: number) => (minutes <= 1 ? "Try again in one minute." : `Try again in ${minutes} minutes.`),
    allowedSize: (size: string) => `At most ${size} is allowed.`,
  },
};
