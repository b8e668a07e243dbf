import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { Rendered } from '../../core/answer-types.ts';
import type { Block } from '../../core/render/block-kit.ts';
import { type ActionSource, answerActions } from './answer-actions.ts';
import { defuseBlock, defuseMentions } from './safe-text.ts';
import { type SlackMessage, splitForSlack } from './split-message.ts';

// Every outgoing message passes through here: split within Slack's limits, buttons under figure answers,
// mention tokens defused, and Slack told not to parse or unfurl anything.

type SlackBlocks = (webApi.Block | webApi.KnownBlock)[];

/** The core types the Block Kit subset it emits; Slack's own types are a superset of the same JSON. */
export const asSlackBlocks = (blocks: Block[]): SlackBlocks => blocks.map(defuseBlock) as SlackBlocks;

export function slackMessages(rendered: Pick<Rendered, 'text' | 'blocks'>, answer?: ActionSource) {
  return splitForSlack(rendered, answerActions(answer)).map(
    (m): SlackMessage => ({ text: defuseMentions(m.text), blocks: m.blocks }),
  );
}

export const NO_PARSE = {
  parse: 'none',
  link_names: false,
  unfurl_links: false,
  unfurl_media: false,
} as const;

export interface Destination {
  channel: string;
  threadTs?: string;
}

/** Posts a rendered reply (in parts if it must); returns the first part's ts. */
export async function postRendered(
  client: webApi.WebClient,
  to: Destination,
  rendered: Pick<Rendered, 'text' | 'blocks'>,
  answer?: ActionSource,
): Promise<string | undefined> {
  let first: string | undefined;
  for (const m of slackMessages(rendered, answer)) {
    const res = await client.chat.postMessage({
      channel: to.channel,
      ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
      text: m.text,
      blocks: asSlackBlocks(m.blocks),
      ...NO_PARSE,
    });
    first ??= res.ts;
  }
  return first;
}

/** A short plain notice (refusals, errors) in a conversation. */
export async function postNotice(client: webApi.WebClient, to: Destination, text: string): Promise<void> {
  await client.chat.postMessage({
    channel: to.channel,
    ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
    text: defuseMentions(text),
    ...NO_PARSE,
  });
}

/** A notice only `user` sees, so a refusal does not clutter a channel. */
export async function postPrivateNotice(
  client: webApi.WebClient,
  to: Destination & { user: string },
  text: string,
): Promise<void> {
  await client.chat.postEphemeral({
    channel: to.channel,
    user: to.user,
    ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
    text: defuseMentions(text),
    ...NO_PARSE,
  });
}

export function respondArguments(m: SlackMessage, ephemeral: boolean): RespondArguments {
  return {
    response_type: ephemeral ? 'ephemeral' : 'in_channel',
    replace_original: false,
    text: m.text,
    ...(m.blocks.length ? { blocks: asSlackBlocks(m.blocks) } : {}),
  };
}

export type { RespondFn };

export interface Upload {
  /** Bytes (a PNG) or text (a CSV). */
  file: Buffer | string;
  filename: string;
  title: string;
  altText?: string;
}

/** Uploads a file into a conversation (into the thread when there is one) with files.uploadV2. */
export async function uploadFile(client: webApi.WebClient, to: Destination, upload: Upload): Promise<void> {
  const where = to.threadTs ? { channel_id: to.channel, thread_ts: to.threadTs } : { channel_id: to.channel };
  const what = {
    filename: upload.filename,
    title: upload.title,
    ...(upload.altText ? { alt_text: upload.altText } : {}),
  };
  await client.filesUploadV2(
    typeof upload.file === 'string'
      ? { ...where, ...what, content: upload.file }
      : { ...where, ...what, file: upload.file },
  );
}
