// Signing in. Production: OpenID Connect authorization code flow with PKCE against the configured provider.
// Dev and test builds: the development sign-in of the service. Tokens stay in memory only.
import { useToken } from './api.js';

let settings = { devSignIn: false };
let user = null;
const listeners = [];

export function current() {
  return user;
}

export function onChange(listener) {
  listeners.push(listener);
}

function signedIn(accessToken) {
  useToken(accessToken);
  user = accessToken ? claimsOf(accessToken) : null;
  listeners.forEach(listener => listener(user));
}

function claimsOf(accessToken) {
  try {
    const payload = JSON.parse(atob(accessToken.split('.')[1].replaceAll('-', '+').replaceAll('_', '/')));
    const roles = new Set(payload.groups ?? []);
    if (roles.has('admin')) roles.add('editor');
    if (roles.has('editor')) roles.add('reviewer');
    return { name: payload.preferred_username || payload.sub, roles };
  } catch (e) {
    return { name: 'unknown', roles: new Set() };
  }
}

export function can(role) {
  return user !== null && user.roles.has(role);
}

export async function start() {
  const response = await fetch('/desk/settings.json');
  settings = await response.json();
  await finishProviderSignIn();
  return settings;
}

export function options() {
  return settings;
}

export async function devSignIn(name, roles) {
  const response = await fetch('/desk/dev-sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: name, roles }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || body.title || 'Sign-in failed');
  signedIn(body.accessToken);
}

export function signOut() {
  signedIn(null);
}

async function discovery() {
  const response = await fetch(settings.issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
  return response.json();
}

function random(bytes) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Sends the browser to the provider; the verifier waits in sessionStorage for the way back (it is no token). */
export async function providerSignIn() {
  const provider = await discovery();
  const verifier = random(32);
  const state = random(16);
  sessionStorage.setItem('desk.pkce', JSON.stringify({ verifier, state, back: location.hash }));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: settings.clientId, redirect_uri: location.origin + '/',
    scope: settings.scope, state, code_challenge: challenge, code_challenge_method: 'S256',
  });
  location.assign(url);
}

async function finishProviderSignIn() {
  const parameters = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem('desk.pkce') ?? 'null');
  if (!parameters.has('code') || !pending || !settings.issuer) return;
  sessionStorage.removeItem('desk.pkce');
  history.replaceState(null, '', '/' + (pending.back || ''));
  if (parameters.get('state') !== pending.state) return;
  const provider = await discovery();
  const response = await fetch(provider.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: parameters.get('code'), redirect_uri: location.origin + '/',
      client_id: settings.clientId, code_verifier: pending.verifier,
    }),
  });
  if (response.ok) signedIn((await response.json()).access_token);
}
