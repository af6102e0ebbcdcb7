/**
 * Is a reply seen in the thread the approved answer? Sites change what they publish: spaces become
 * nbsp, runs of spaces and line breaks differ, emoji turn into images (read back as characters or
 * lost), and VK puts the addressee's name first («Иван, …»). Both texts are reduced to words and
 * compared; a one- or two-word greeting ending in a comma before the answer is allowed.
 */

const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0e\ufe0f\u20e3]|\p{Emoji_Modifier}/gu;
const GREETING = /^[^\s,]+(?: [^\s,]+)?,$/u;

export function normaliseReplyText(text: string): string {
  return text
    .normalize('NFC')
    .replace(EMOJI, ' ')
    .replace(/[\u00a0\u202f\u2007\s]+/gu, ' ')
    .replace(/ ([,.!?;:])/g, '$1')
    .trim()
    .toLowerCase();
}

export function replyMatches(replyText: string, approvedText: string): boolean {
  const reply = normaliseReplyText(replyText);
  const approved = normaliseReplyText(approvedText);
  if (!approved) return false;
  if (reply === approved) return true;
  if (!reply.endsWith(approved)) return false;
  const before = reply.slice(0, reply.length - approved.length).trim();
  return GREETING.test(before);
}
