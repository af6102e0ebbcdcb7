/**
 * Every fragile OK (ok.ru) selector, in one place (the Refined GitHub way). Each entry says where
 * and when the markup was seen; tags [S20]… refer to ../shared/research/vk-ok-dom.md §9.
 * "INFERRED" marks markup no source shows (modelled in the fixtures; check on the live site first).
 */

const any = (...selectors: string[]) => selectors.join(', ');

// ------------------------------------------------------------ items

/** Feed item `div.feed.h-mod[data-seen-params]` inside `.feed-w`: OK bot locators ≈2023 [S20]; [S21][S22]. */
export const feedPost = any('div.feed.h-mod', '.feed-w > .feed');
/** Topic body in a layer (`#hook_Block_MediaTopicLayerBody div.media-layer_c`, ≈2024 [S25][S26]) or on the topic page (same body; page wrapper INFERRED). */
export const topic = '.media-layer_c';
/** Comment block `div.comments_i.__new-comments.h-mod` 2024–25 [S29][S26]; a deleted one is `.__deleted` (INFERRED). */
export const commentBox = 'div.comments_i';
export const comment = `${commentBox}:not(.__deleted)`;
export const anyItem = any(feedPost, topic, comment);
export const anyItemBox = any(feedPost, topic, commentBox);
/** Layer roots: group topic, user status [S25][S26]. */
export const topicLayer = any('#hook_Block_MediaTopicLayerBody', '#hook_Block_MediaStatusLayerBody');
export const topicInLayer = any('#hook_Block_MediaTopicLayerBody .media-layer_c', '#hook_Block_MediaStatusLayerBody .media-layer_c');

// ------------------------------------------------------------ feed post parts

/** Author links `a.group-link.o` / `a.user-link.o` in `.feed_top` [S21][S23]. */
export const feedAuthor = any('.feed_top a.group-link', '.feed_top a.user-link', 'a.group-link.o', 'a.user-link.o');
/** Date `div.feed_date` [S21][S23] (PARTIAL: text such as «вчера в 18:02»). */
export const feedDate = '.feed_date';
/** Link to the topic or status itself; its path carries the topic id (URL format [S26][S32]). INFERRED which link. */
export const feedTopicLink = any('a[href*="/topic/"]', 'a[href*="/statuses/"]');
/** `data-seen-params` JSON; a topic id inside it is INFERRED, a comment id is VERIFIED [S27]. */
export const seenParams = 'data-seen-params';
export const seenTopicId = /"topicId"\s*:\s*"?(\d+)/;
export const seenCommentId = /"commentId"\s*:\s*"?(\d+)/;
/** Feed action bar (klass, comments `a[data-l="t,.k"]`, share) [S21][S23]; the `.feed_f` wrapper is INFERRED. */
export const feedActions = '.feed_f';
export const feedCommentsLink = 'a[data-l="t,.k"]';

// ------------------------------------------------------------ text and media (feed and topic)

/** Text `div.media-text_cnt > div.media-text_cnt_tx` [S20][S23][S24][S26]. */
export const mediaText = any('.media-text_cnt_tx', '.media-text_cnt');
/** «ещё» / «Показать полностью» control next to clipped text. INFERRED. */
export const mediaTextMore = any('.media-text_more', '.js-text-more', '.comments_text-more');
/** Photos: feed `img.collage_img` [S20]; topic `.media-photos_photo a[href] img` [S26]. */
export const photoImage = any('img.collage_img', '.media-photos_photo img');
/** Video `div.media-video a` [S26]. */
export const videoLink = '.media-video a[href]';

// ------------------------------------------------------------ topic parts

/** `group-author[data]` JSON with group.name, group.href, timeInfo.createTime [S27][S26]. */
export const topicAuthorData = 'group-author[data]';
/** Visible author link and date in the layer header. INFERRED class of the date. */
export const topicAuthorLink = any('.mlr_top a.group-link', '.mlr_top a.user-link');
export const topicDate = any('.mlr_top .mlr_date', '.mlr_top .feed_date');
/** `<meta itemprop="datePublished" content="ISO">` on the topic page [S27]. */
export const topicPublished = 'meta[itemprop="datePublished"]';
/** Topic action bar (klass, comments, share) under the content. INFERRED class. */
export const topicActions = '.mlr_actions';

// ------------------------------------------------------------ comment parts

/** Author `a.comments_author-name.o > span` [S26][S29][S27]; newer `comments_current__header__main__author__name` [S27]. */
export const commentAuthor = any('a.comments_author-name', 'a.comments_current__header__main__author__name');
/** Full text `span.js-text-full` [S26][S27] (wins over a clipped copy next to it); older `.comments_text`, `.comment_text` [S28]. */
export const commentTextFull = '.js-text-full';
export const commentTextOlder = any('.comments_text', '.comment_text');
/** Date `span.comments_current__footer__main__date` [S26][S29]; exact time `data-time` (ms, PARTIAL [S27]). */
export const commentDate = '.comments_current__footer__main__date';
export const commentTime = 'data-time';
/** Replied-to comment id `span[data-rid]` [S27] (PARTIAL). */
export const commentReplyTo = '[data-rid]';
/**
 * Footer where the capture button goes, in order of preference (NOT one selector list: a list
 * matches in document order and would return the outer footer, putting the button on a line of
 * its own). INFERRED classes: the date span's parent `__main` in the sources; the outer footer as
 * the fallback.
 */
export const commentFooters = ['.comments_current__footer__main', '.comments_current__footer'];
/** «Ответить» on a comment: markup NOT FOUND in sources. INFERRED: a `data-l="t,reply"` link; the adapter also accepts any own link or button whose text is «Ответить». */
export const commentReply = any('[data-l="t,reply"]', '.comments_current__footer__main__reply');
export const replyWord = 'Ответить';

// ------------------------------------------------------------ comment input

/** Editor `div.itx.js-comments_add.js-ok-e.comments_add-ceditable[contenteditable]` 2016–2026 [S28][S30][S31]. */
export const editor = '.comments_add-ceditable';
export const commentsBlock = any('.mlr_disc', '.js-discussion-layer-block', '.comments_add');
export const composer = any('.comments_add', 'form.comments_add_form');
/** Submit `button[data-l="t,submit"]` / `button.button-pro.form-actions_yes` («Добавить») [S28][S30]. */
export const submit = any('button[data-l="t,submit"]', 'button.form-actions_yes', 'button.comments_add-controls_save');
/** Reply target of the comment input: a hidden id and a name chip with a cancel. INFERRED (NOT FOUND in sources). */
export const replyTargetInput = 'input[type="hidden"][name="st.rid"]';
export const replyTargetCancel = '.comments_add-reply-to_cancel';
