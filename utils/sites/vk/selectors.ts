/**
 * Every fragile VK selector, in one place (the Refined GitHub way): when VK changes its markup,
 * this is the file to edit. Each entry says where and when the markup was seen; tags [S1]… refer to
 * ../shared/research/vk-ok-dom.md §9. "INFERRED" marks markup no source shows (modelled in the
 * fixtures; check on the live site first). Lists are joined into one selector so a scan stays a
 * single querySelectorAll.
 */

const any = (...selectors: string[]) => selectors.join(', ');

// ------------------------------------------------------------ items

/** Legacy and hybrid post root `.post[data-post-id="-1_2"]`: VK al/page.js 2019 [S1]; Botnadzor 2024-10 [S2]; 2025–26 [S13]. */
export const legacyPost = '.post[data-post-id]';
/** Hybrid marker on the legacy `.post`: Botnadzor 2024-10 [S2]; `.Post--redesignV3` ≈2024 [S10]. */
export const hybridPostClass = 'Post--redesign';
/** Legacy comment `.reply[data-post-id="-1_3"]` (also `.reply._post`): [S1] 2019; Botnadzor 2026-01 [S3]. */
export const legacyCommentBox = '.reply[data-post-id]';
export const legacyComment = `${legacyCommentBox}:not(.reply_deleted)`;
/** A deleted legacy comment keeps its box with a notice. INFERRED (class name), fixtures 2026-11. */
export const legacyDeletedComment = '.reply_deleted';
/** React/VKUI post: m.vk.ru 2026-07-18 [S6]; desktop 2026 [S5][S7][S8]. Nested (repost) copies have data-post-nesting-lvl ≥ 1. */
export const reactPost = '[data-testid="post"][data-post-id]';
/** React comment test ids: root 2026-03 [S8]; in thread 2026-03 [S8][S3]; `comment` (video, mobile) 2026-01 [S3]. */
export const reactCommentTestIds: readonly string[] = ['wall_comments_comment_root', 'wall_comments_comment_in_thread', 'comment'];
export const reactComment = any(...reactCommentTestIds.map((id) => `[data-testid="${id}"]`));
/**
 * What one root-level querySelectorAll asks for: `[data-post-id]` (a cheap presence test covering
 * legacy posts, legacy comments and React posts) plus the React comment test ids. Attribute-value
 * selectors cost per element scanned, so the list is kept this short; callers filter the few extras.
 */
export const itemCandidates = any('[data-post-id]', reactComment);
/** Any item box including deleted ones (used to scope "own" descendants). */
export const anyItemBox = any(legacyPost, legacyCommentBox, reactPost, reactComment);
/** The boxes of one generation: a scan scopes an item's parts with these (a shorter list matches faster). */
export const legacyItemBox = any(legacyPost, legacyCommentBox);
/** Capturable legacy/hybrid items: posts and live comments (a deep thread also has a `data-post-id`). */
export const legacyItem = any(legacyPost, legacyComment);
export const reactItemBox = any(reactPost, reactComment);
/** Layers that show one post over a page (`?w=wall-1_2`): React `#post-layer` 2025 [S9] (PARTIAL); legacy `#wk_layer_wrap` [S14]. */
export const postLayer = any('#post-layer', '#wk_layer_wrap', '.wk_layer');

// ------------------------------------------------------------ legacy / hybrid post parts

/** Author link with numeric id: `a[data-post-click-type="post_owner_link"][data-from-id]` 2024 [S2]; `.post_author a.author`. */
export const legacyPostAuthor = any('a[data-post-click-type="post_owner_link"]', '.post_author a.author', '.post_header a.author');
/** Hybrid header: `.PostHeaderTitle__authorLink` (href), `.PostHeaderTitle__authorBlock` (name): [S2][S3] 2024–26. */
export const hybridAuthorLink = '.PostHeaderTitle__authorLink';
export const hybridAuthorName = any('.PostHeaderTitle__authorName', '.PostHeaderTitle__authorBlock');
/** Text: `.wall_post_text` [S12] 2022; hybrid `[class^="vkitPostText__root"]` ≈2024 [S10]. */
export const legacyPostText = any('.wall_post_text', '[class*="vkitPostText__root"]');
/** «Показать полностью» controls (the rest of the text is already in the DOM): `.wall_post_more` [S12]; hybrid button ≈2024 [S10]. */
export const legacyShowMore = any('.wall_post_more', '.wall_reply_more', '.wall_reply_more_redesign_2024', '[class*="ShowMoreText__button"]');
/** The exact time on or in a date element, `.rel_date[time="1730000000"]` (unix seconds) [S1] 2019; [S15]. */
export const exactTime = '[time]';
/** Date: `.rel_date[time]` unix seconds [S1]; `.post_link` / `.post_date` [S12]; hybrid `.PostDateBlock__root a` [S14]. */
export const legacyPostDate = any('.post_date .rel_date', '.post_link .rel_date', '.PostDateBlock__root .rel_date', '.post_link', '.PostDateBlock__root a', '.post_date');
/** Photos: `a.page_post_thumb_wrap[data-photo-id]` with background-image [S12][S13] 2022–26. */
export const legacyPhoto = any('a.page_post_thumb_wrap', '[data-photo-id]');
/** Action bar, where the capture button goes: `.post_full_like` [S12]; hybrid `.PostBottomActions` [S2][S3]. */
export const legacyPostActions = any('.post_full_like', '.PostBottomActions', '.like_wrap');

// ------------------------------------------------------------ legacy comment parts

export const legacyCommentAuthor = any('.reply_author a.author', '.reply_author a');
export const legacyCommentText = any('.reply_text .wall_reply_text', '.reply_text');
/** The text proper inside `.reply_text` (whose first match in page order is the wrapper): [S12] 2022. */
export const legacyCommentInnerText = '.wall_reply_text';
/** `.reply_date a.wd_lnk[href="/wall-1_2?reply=3"]`, may hold `.rel_date[time]`: [S2][S15]. */
export const legacyCommentDateLink = any('.reply_date a.wd_lnk', '.reply_date a[href*="reply="]');
export const legacyCommentFooter = '.reply_footer';
/** «Ответить»: last child of `.reply_link_wrap` [S2][S3]; the comment's own onclick runs Wall.replyClick [S1]. */
export const legacyReplyLink = any('.reply_link_wrap a', '.reply_link');
/** Deep thread container of a top-level comment `.replies_wrap_deep[data-post-id="-1_3"]` [S1]. */
export const legacyDeepThread = '.replies_wrap_deep';
/** `Wall.replyClick('-1_2', 3, event, 111)` in the comment's onclick: the key of the reply field [S1][S3]. */
export const legacyReplyClickKey = /replyClick\(\s*'(-?\d+_\d+)'/;
/** Reply box ids for key K="-1_2" [S1][S19]: prefix + K. */
export const legacyReplyIds = {
  fakebox: 'reply_fakebox',
  box: 'reply_box',
  field: 'reply_field',
  target: 'reply_to',
  targetTitle: 'reply_to_title',
  send: 'reply_button',
} as const;
/** Cancel of the "ответ Ивану" target inside `#reply_to_title{K}` [S1][S2]. */
export const legacyReplyTargetCancel = '.reply_to_cancel';

// ------------------------------------------------------------ React post parts

export const reactPostAuthorLink = any('a[data-testid="post-header-avatar"]', '[data-testid="post-header-title"] a[href]', 'a[data-testid="post-header-title"]');
/** Title: an `h3` on mobile, an `a` on desktop [S3][S5][S6][S7]. */
export const reactPostAuthorName = '[data-testid="post-header-title"]';
export const reactPostContent = '[data-testid="post-content-container"]';
/** Text, expanded form first: `showmoretext-in-expanded`, `showmoretext-in` [S5][S6][S7][S8]; class fallback [S8]. */
export const reactTextExpanded = '[data-testid="showmoretext-in-expanded"]';
export const reactTextClamped = any('[data-testid="showmoretext-in"]', '[class*="vkitFeedShowMoreText__text"]', '[data-testid="showmoretext"]');
export const reactShowMore = '[data-testid="showmoretext-after"]';
/** Date `a[data-testid="post_date_block_preview"]`; on the post's own page it has no href [S5] 2026. */
export const reactPostDate = '[data-testid="post_date_block_preview"]';
/** Photos: primary attachment, media grid [S5][S6][S8]; links `a[href^="/photo"]`. */
export const reactPhotoImage = any('[data-testid="primary-attachment-photo"] img', 'img[data-testid="media-grid-image"]');
/** The photo page an image links to, `/photo-1_2` [S5][S6][S8] 2026. */
export const reactPhotoLink = 'a[href*="/photo"]';
/** Video: the `data-video="-1_2"` id on or in the attachment, else its `/video-1_2` link [S5][S8] 2026. */
export const reactVideoId = '[data-video]';
export const reactVideo = any('[data-testid="primary-attachment-video"]', reactVideoId);
export const reactVideoLink = 'a[href*="/video"]';
/** Footer buttons; the capture button goes after them [S3][S6][S7]. */
export const reactPostActions = any('[data-testid="post_footer_action_share"]', '[data-testid="post_footer_action_comment"]', '[data-testid="post_footer_action_like"]');
export const reactPostCommentAction = '[data-testid="post_footer_action_comment"]';

// ------------------------------------------------------------ React comment parts

export const reactCommentOwner = '[data-testid="comment-owner"]';
export const reactCommentAvatar = 'a[data-testid="comment-avatar"]';
export const reactCommentText = '[data-testid="comment-text"]';
/** `a[data-testid="wall_comment_date"][href="…?reply=C&thread=T"]` [S7] 2026-09; [S3] `a[href*='reply=']`. */
export const reactCommentDate = any('a[data-testid="wall_comment_date"]', '[class*="vkitComment__info"] a[href*="reply="]');
export const reactCommentReply = '[data-testid="comment-reply"]';
/** Thread of a root comment (collapsed until clicked) [S8][S3]. */
export const reactThread = '[data-testid="wall_comments_layout_thread"]';
export const reactCommentsRoot = '[data-testid="wall_comments_layout_root"]';

// ------------------------------------------------------------ React composer

/** Composer root and editor: `vkitCommentInput__root` [S3][S4]; `content-editable-input` [S4][S5][S9]. */
export const reactComposer = '[class*="vkitCommentInput__root"]';
export const reactEditor = '[data-testid="content-editable-input"]';
export const reactSend = '[data-testid="send-comment"]';
/** Cancel of the composer's reply target. INFERRED (no source shows it); fixtures 2026-11. */
export const reactReplyTargetCancel = '[data-testid="comment-input-reply-cancel"]';
