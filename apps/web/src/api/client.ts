/**
 * The one way the app talks to the api. Tokens: the access token lives in memory only; the
 * refresh token in sessionStorage only (it dies with the tab). A 401 triggers one silent refresh
 * (shared by every request that hits it at the same time, because refresh tokens rotate and a
 * reused one ends the session) and the request is retried once. If the refresh fails, the
 * session-expired handler sends the user to /login?next=<where they were>.
 */
import type { SessionTokens } from '@app/contracts';

const API_BASE = '/api/v1';
const REFRESH_KEY = 'csd.refreshToken';

interface ProblemFieldError {
  field: string;
  message: string;
}

interface Problem {
  type?: string;
  status: number;
  title?: string;
  detail?: string;
  code?: string;
  errors?: ProblemFieldError[];
  instance?: string;
  requestId?: string;
  [key: string]: unknown;
}

/** An RFC 9457 problem from the api, or a network failure dressed as one (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code?: string;
  readonly detail?: string;
  readonly errors: ProblemFieldError[];
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `请求失败（${problem.status}）`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.problem = problem;
  }
}


let accessToken: string | null = null;
let refreshInFlight: Promise<boolean> | null = null;
let onSessionExpired: (() => void) | null = null;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export const tokens = {
  setSession(t: Pick<SessionTokens, 'accessToken' | 'refreshToken'>): void {
    accessToken = t.accessToken;
    storage()?.setItem(REFRESH_KEY, t.refreshToken);
  },
  clear(): void {
    accessToken = null;
    storage()?.removeItem(REFRESH_KEY);
  },
  hasAccess(): boolean {
    return accessToken !== null;
  },
  refreshToken(): string | null {
    return storage()?.getItem(REFRESH_KEY) ?? null;
  },
  bearer(): string | null {
    return accessToken;
  },
};

/** Registered by the auth provider: called once when a session cannot be refreshed. */
export function setSessionExpiredHandler(handler: (() => void) | null): void {
  onSessionExpired = handler;
}

/** Exchanges the stored refresh token for new tokens; concurrent callers share one request. */
export function refreshSession(): Promise<boolean> {
  if (refreshInFlight) return refreshInFlight;
  const refreshToken = tokens.refreshToken();
  if (!refreshToken) return Promise.resolve(false);
  refreshInFlight = (async () => {
    try {
      const res = await fetch(`${API_BASE}/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      if (!res.ok) {
        // Only a definite refusal ends the session; a network blip or 5xx keeps the token.
        if (res.status === 400 || res.status === 401 || res.status === 403) tokens.clear();
        return false;
      }
      const t = (await res.json()) as SessionTokens;
      tokens.setSession(t);
      return true;
    } catch {
      return false;
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

export type Query = Record<string, string | number | boolean | null | undefined | Array<string | number>>;

function buildQuery(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function toProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await res.json()) as Partial<Problem>;
      return { ...body, status: body.status ?? res.status } as Problem;
    } catch {
      /* fall through */
    }
  }
  return { status: res.status, title: res.statusText, detail: defaultDetail(res.status) };
}

function defaultDetail(status: number): string {
  if (status === 401) return '登录已过期，请重新登录';
  if (status === 403) return '您无权执行此操作';
  if (status === 404) return '请求的内容不存在或已被删除';
  if (status === 409) return '内容已被他人更新，请刷新后重试';
  if (status === 413) return '文件过大';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status >= 500) return '服务暂时不可用，请稍后再试';
  return `请求失败（${status}）`;
}

const networkProblem = (): Problem => ({ status: 0, title: 'Network error', detail: '网络连接失败，请检查网络后重试', code: 'network' });

interface RequestOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Do not attach the token or try to refresh (login, register…). */
  anonymous?: boolean;
  /** Return the raw body as a Blob. */
  blob?: boolean;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await exchange(method, path, opts);
  if (opts.blob) return (await res.blob()) as T;
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The request with the session's token (and one silent refresh); the response when it is a success, else an ApiError. */
async function exchange(method: string, path: string, opts: RequestOptions): Promise<Response> {
  const url = `${API_BASE}${path}${buildQuery(opts.query)}`;
  const send = (): Promise<Response> => {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...opts.headers };
    let body: BodyInit | undefined;
    if (opts.body instanceof FormData) body = opts.body;
    else if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    if (!opts.anonymous && accessToken) headers.Authorization = `Bearer ${accessToken}`;
    return fetch(url, { method, headers, body, signal: opts.signal });
  };

  let res: Response;
  try {
    if (!opts.anonymous && !accessToken && tokens.refreshToken()) await refreshSession();
    res = await send();
    if (res.status === 401 && !opts.anonymous) {
      if (await refreshSession()) res = await send();
      if (res.status === 401) {
        tokens.clear();
        onSessionExpired?.();
      }
    }
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(networkProblem());
  }
  if (!res.ok) throw new ApiError(await toProblem(res));
  return res;
}

/** The file name a Content-Disposition header suggests (RFC 6266: `filename*` wins over `filename`). */
function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall back to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}

/** A file from the api (an export), fetched with the bearer token, with the name the server gives it. */
export async function fetchFile(path: string, query?: Query, signal?: AbortSignal): Promise<{ blob: Blob; fileName: string | null }> {
  const res = await exchange('GET', path, { query, signal, headers: { Accept: '*/*' } });
  return { blob: await res.blob(), fileName: dispositionFileName(res.headers.get('content-disposition')) };
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', path, { body, headers }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  del: <T>(path: string) => request<T>('DELETE', path),
  blob: (path: string) => request<Blob>('GET', path, { blob: true }),
};

/**
 * Multipart upload with progress (fetch cannot report upload progress). Same token and
 * refresh rules as `request`.
 */
export function upload<T>(
  path: string,
  file: File,
  onProgress?: (percent: number) => void,
  field = 'file',
): { promise: Promise<T>; abort: () => void } {
  let xhr: XMLHttpRequest | null = null;
  let aborted = false;
  const attempt = (): Promise<{ status: number; body: string; type: string }> =>
    new Promise((resolve, reject) => {
      xhr = new XMLHttpRequest();
      xhr.open('POST', `${API_BASE}${path}`);
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      if (accessToken) xhr.setRequestHeader('Authorization', `Bearer ${accessToken}`);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress?.(Math.min(99, Math.round((e.loaded / e.total) * 100)));
      };
      xhr.onload = () => resolve({ status: xhr!.status, body: xhr!.responseText, type: xhr!.getResponseHeader('content-type') ?? '' });
      xhr.onerror = () => reject(new ApiError(networkProblem()));
      xhr.onabort = () => reject(new ApiError({ status: 0, detail: '上传已取消', code: 'aborted' }));
      const form = new FormData();
      form.append(field, file, file.name);
      xhr.send(form);
    });
  const promise = (async () => {
    if (!accessToken && tokens.refreshToken()) await refreshSession();
    let r = await attempt();
    if (r.status === 401 && !aborted) {
      onProgress?.(0);
      if (await refreshSession()) r = await attempt();
      if (r.status === 401) {
        tokens.clear();
        onSessionExpired?.();
      }
    }
    let parsed: unknown;
    try {
      parsed = r.body ? JSON.parse(r.body) : undefined;
    } catch {
      parsed = undefined;
    }
    if (r.status < 200 || r.status >= 300) {
      const p = (parsed ?? {}) as Partial<Problem>;
      throw new ApiError({ ...p, status: p.status ?? r.status, detail: p.detail ?? defaultDetail(r.status) } as Problem);
    }
    onProgress?.(100);
    return parsed as T;
  })();
  return {
    promise,
    abort: () => {
      aborted = true;
      xhr?.abort();
    },
  };
}

/** A UUID v4, also outside secure contexts (crypto.randomUUID needs https or localhost). */
export function uuid(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The message to show a person for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.detail || e.message;
  if (e instanceof Error) return e.message;
  return '发生未知错误';
}
