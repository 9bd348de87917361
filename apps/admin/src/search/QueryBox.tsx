import { useEffect, useState } from 'react';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslate } from 'react-admin';

/**
 * The search text. It is sent when the reader submits it (Enter or the button), not on every
 * keystroke: each search is audited, and half-typed syntax ("долг) would only earn errors.
 */
export const QueryBox = ({
  q,
  problem,
  onSubmit,
}: {
  q: string;
  /** The API's syntax message for this text, if it refused it. */
  problem?: string;
  onSubmit: (q: string) => void;
}) => {
  const translate = useTranslate();
  const [text, setText] = useState(q);
  // Back and forward change the address: show its text.
  useEffect(() => setText(q), [q]);
  // The message is about the text as sent: once the reader edits it, the help is back.
  const refused = problem !== undefined && text.trim() === q.trim();
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(text.trim());
      }}
    >
      <TextField
        id="search-query"
        fullWidth
        type="search"
        name="q"
        value={text}
        onChange={(event) => setText(event.target.value)}
        label={translate('caseatlas.search.query')}
        placeholder={translate('caseatlas.search.query_placeholder')}
        error={refused}
        helperText={
          refused
            ? translate('caseatlas.search.syntax_error', { message: problem })
            : translate('caseatlas.search.syntax_help')
        }
        slotProps={{
          htmlInput: { 'data-testid': 'search-query', spellCheck: false },
          formHelperText: { role: refused ? 'alert' : undefined },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton type="submit" edge="end" aria-label={translate('caseatlas.search.submit')}>
                  <SearchIcon />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
    </form>
  );
};
