import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FailureNote } from './FailureNote';

describe('FailureNote', () => {
  it('says why something failed as an alert, and shows nothing while there is no message', () => {
    expect(renderToStaticMarkup(<FailureNote message="The file could not be read." />)).toBe('<p class="status status-error" role="alert">The file could not be read.</p>');
    expect(renderToStaticMarkup(<FailureNote>Nothing was imported.</FailureNote>)).toBe('<p class="status status-error" role="alert">Nothing was imported.</p>');
    for (const message of [null, undefined, '']) expect(renderToStaticMarkup(<FailureNote message={message} />)).toBe('');
  });
});
