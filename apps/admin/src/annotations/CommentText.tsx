import { Box } from '@mui/material';
import Markdown from 'react-markdown';
import { commentUrl } from './commentUrl';

/**
 * A comment's Markdown as text, lists and links. Raw HTML in it is skipped (never injected) and
 * links keep only web and mail addresses; links open outside the workbench.
 */
export const CommentText = ({ comment }: { comment: string }) => (
  <Box sx={{ '& p': { my: 0.5 }, wordBreak: 'break-word', typography: 'body2' }} data-testid="annotation-comment">
    <Markdown
      skipHtml
      urlTransform={commentUrl}
      components={{
        a: ({ href, children }) => (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow">
            {children}
          </a>
        ),
        img: ({ alt }) => <>{alt}</>,
      }}
    >
      {comment}
    </Markdown>
  </Box>
);
