import { Box } from '@mui/material';
import Markdown from 'react-markdown';
import { CaseReferenceLink } from './CaseReferenceLink';
import { caseReferenceOf, remarkCaseReferences } from './caseReferences';
import { commentUrl } from './commentUrl';

const REMARK_PLUGINS = [remarkCaseReferences];

// Case references the plugin turned into links keep their own address; other links are checked.
const commentLinkUrl = (url: string) => (caseReferenceOf(url) ? url : commentUrl(url));

/**
 * A comment's Markdown as text, lists and links. Raw HTML in it is skipped (never injected) and
 * links keep only web and mail addresses; links open outside the workbench, except case
 * references (KZ-2019-ALM-0042), which open that case here.
 */
export const CommentText = ({ comment }: { comment: string }) => (
  <Box sx={{ '& p': { my: 0.5 }, wordBreak: 'break-word', typography: 'body2' }} data-testid="annotation-comment">
    <Markdown
      skipHtml
      remarkPlugins={REMARK_PLUGINS}
      urlTransform={commentLinkUrl}
      components={{
        a: ({ href, children }) => {
          const reference = caseReferenceOf(href);
          return reference ? (
            <CaseReferenceLink reference={reference} />
          ) : (
            <a href={href} target="_blank" rel="noopener noreferrer nofollow">
              {children}
            </a>
          );
        },
        img: ({ alt }) => <>{alt}</>,
      }}
    >
      {comment}
    </Markdown>
  </Box>
);
