/** A reply before it is laid out for Slack or a terminal. */
export interface Doc {
  /** Plain text, not escaped (the layout escapes it where mrkdwn needs it). */
  title: string;
  /** mrkdwn, already escaped. */
  /** Paragraphs or lists; long ones are split at line breaks to fit Slack's limits. */
  sections: string[];
  /** Small print under the answer ("data as of …"). */
  context: string[];
}
