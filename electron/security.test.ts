import { describe, expect, it } from 'vitest';
import {
  appEntryUrlFor,
  contentSecurityPolicy,
  isTrustedAppUrl,
  navigationDecision,
  permissionDecision,
  secureWebPreferences,
  windowOpenDecision,
  withContentSecurityPolicy,
} from './security';

const fileEntry = 'file:///opt/Backoffice/resources/app.asar/dist/renderer/index.html';
const devEntry = 'http://127.0.0.1:5173/';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page and gives it no Node', () => {
    expect(secureWebPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });
});

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it('allows only the app itself to run code or connect', () => {
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
  });

  it('permits inline styles (React) and data/blob images, but no inline scripts', () => {
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directives.get('img-src')).toBe("'self' data: blob:");
    expect(directives.get('font-src')).toBe("'self' data:");
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('replaces a CSP header the server sent, whatever its casing, and keeps the others', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] });
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });
});

describe('appEntryUrlFor', () => {
  const indexHtmlPath = '/opt/Backoffice/dist/renderer/index.html';

  it('loads the built index.html by default', () => {
    expect(appEntryUrlFor({ indexHtmlPath, isPackaged: true })).toBe('file:///opt/Backoffice/dist/renderer/index.html');
  });

  it('uses a loopback dev server only when not packaged', () => {
    expect(appEntryUrlFor({ indexHtmlPath, isPackaged: false, devUrl: 'http://localhost:5173/' })).toBe('http://localhost:5173/');
    expect(appEntryUrlFor({ indexHtmlPath, isPackaged: true, devUrl: 'http://localhost:5173/' })).toMatch(/^file:/);
  });

  it('ignores a dev URL that points off this machine or is not http', () => {
    for (const devUrl of ['https://evil.example/', 'http://localhost.evil.example/', 'file:///tmp/x.html', 'not a url']) {
      expect(appEntryUrlFor({ indexHtmlPath, isPackaged: false, devUrl })).toMatch(/^file:/);
    }
  });
});

describe('isTrustedAppUrl', () => {
  it('trusts the app page file, with any route in the hash', () => {
    expect(isTrustedAppUrl(fileEntry, fileEntry)).toBe(true);
    expect(isTrustedAppUrl(`${fileEntry}#/reports/trial-balance`, fileEntry)).toBe(true);
  });

  it('refuses other files, even next to the app page or reached by ../', () => {
    expect(isTrustedAppUrl('file:///opt/Backoffice/resources/app.asar/dist/renderer/other.html', fileEntry)).toBe(false);
    expect(isTrustedAppUrl('file:///home/user/Downloads/index.html', fileEntry)).toBe(false);
    expect(isTrustedAppUrl('file:///opt/Backoffice/resources/app.asar/dist/renderer/../index.html', fileEntry)).toBe(false);
    expect(isTrustedAppUrl('file://evil-host/opt/Backoffice/resources/app.asar/dist/renderer/index.html', fileEntry)).toBe(false);
  });

  it('trusts any page of the dev or harness server origin', () => {
    expect(isTrustedAppUrl('http://127.0.0.1:5173/', devEntry)).toBe(true);
    expect(isTrustedAppUrl('http://127.0.0.1:5173/index.html#/settings', devEntry)).toBe(true);
  });

  it('refuses other origins, lookalike hosts and script-bearing schemes', () => {
    for (const url of [
      'http://127.0.0.1:5174/',
      'https://127.0.0.1:5173/',
      'http://127.0.0.1.evil.example:5173/',
      'http://127.0.0.1:5173@evil.example/',
      'http://localhost:5173/',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isTrustedAppUrl(url, devEntry), url).toBe(false);
    }
    expect(isTrustedAppUrl(fileEntry, devEntry)).toBe(false);
    expect(isTrustedAppUrl(devEntry, fileEntry)).toBe(false);
  });

  it('trusts nothing when the entry itself is not a file or http page', () => {
    expect(isTrustedAppUrl('data:text/html,x', 'data:text/html,x')).toBe(false);
    expect(isTrustedAppUrl('anything', 'garbage')).toBe(false);
  });
});

describe('navigationDecision', () => {
  it('allows only the app page itself (a reload or another #route)', () => {
    expect(navigationDecision(fileEntry, fileEntry)).toBe('allow');
    expect(navigationDecision(`${fileEntry}#/inventory`, fileEntry)).toBe('allow');
    expect(navigationDecision('http://127.0.0.1:5173/#/backup', devEntry)).toBe('allow');
  });

  it('denies every other page, even on the same origin', () => {
    expect(navigationDecision('http://127.0.0.1:5173/other.html', devEntry)).toBe('deny');
    expect(navigationDecision('http://127.0.0.1:5173/?next=evil', devEntry)).toBe('deny');
    expect(navigationDecision('https://example.com/', fileEntry)).toBe('deny');
    expect(navigationDecision('file:///etc/passwd', fileEntry)).toBe('deny');
    expect(navigationDecision('javascript:alert(1)', fileEntry)).toBe('deny');
  });
});

describe('windows and permissions', () => {
  it('never opens new windows', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });

  it('denies every permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(permissionDecision(permission)).toBe(false);
    }
  });
});
